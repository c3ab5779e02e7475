package fr.ipe.platform.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Up when the view store answers a ping. */
public class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongo;
    private final String database;

    public MongoHealthIndicator(MongoClient mongo, String database) {
        super("MongoDB is unreachable");
        this.mongo = mongo;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database);
    }
}
