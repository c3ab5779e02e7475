package fr.ipe.reporting.query;

import com.mongodb.client.MongoDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The view database as projections and queries see it: {@code getCollection(name)} answers the collection of the
 * generation {@link ViewGenerations} routes {@code name} to; every other call goes to the database as is. A proxy, so
 * that a view written against the plain driver rebuilds without knowing it.
 */
public final class GenerationalDatabase {

    private GenerationalDatabase() {
    }

    public static MongoDatabase over(MongoDatabase database, ViewGenerations generations) {
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[] {MongoDatabase.class}, (proxy, method, args) -> {
                    Object[] routed = args;
                    if ("getCollection".equals(method.getName()) && args != null && args[0] instanceof String name) {
                        routed = args.clone();
                        routed[0] = generations.physicalName(name);
                    }
                    try {
                        return method.invoke(database, routed);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
