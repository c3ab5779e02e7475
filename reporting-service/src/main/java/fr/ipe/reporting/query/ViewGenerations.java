package fr.ipe.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Which generation of each view queries and the live stream use, and the routing of a view's collections to it: the
 * generation {@code g} of a collection {@code c} is {@code c} itself for generation 0 and {@code c__g<g>} after. A rebuild
 * writes a new generation on its own thread (see {@link #building}) while everyone else keeps the current one; the switch
 * is one document update per view in {@code view_generations}, so every reader sees the old or the new, never a mix.
 */
public class ViewGenerations implements SmartInitializingSingleton {

    static final String COLLECTION = "view_generations";
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final ThreadLocal<Map<String, Integer>> BUILDING = new ThreadLocal<>();

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final Supplier<List<ReportProjection>> projections;
    private volatile Map<String, String> viewOfCollection;
    private final Set<String> resolvedEarly = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Integer> current = Map.of();
    private volatile long readAt;

    /** {@code database} is the plain one (not routed); {@code projections} are looked up on first use. */
    public ViewGenerations(MongoDatabase database, Supplier<List<ReportProjection>> projections) {
        this.database = database;
        this.generations = database.getCollection(COLLECTION);
        this.projections = projections;
    }

    /** The name {@code collection} has in the generation this thread reads or writes. */
    public String physicalName(String collection) {
        Map<String, String> owners = viewOfCollection;
        if (owners == null) {
            // beans being created: the views are known once they all are (see afterSingletonsInstantiated)
            resolvedEarly.add(collection);
            return collection;
        }
        String view = owners.get(collection);
        if (view == null) {
            return collection;
        }
        Map<String, Integer> building = BUILDING.get();
        Integer generation = building == null ? null : building.get(view);
        return nameIn(collection, generation != null ? generation : current(view));
    }

    static String nameIn(String collection, int generation) {
        return generation == 0 ? collection : collection + "__g" + generation;
    }

    /** The views and the collections each one owns, in view order. */
    public Map<String, Set<String>> views() {
        Map<String, Set<String>> views = new TreeMap<>();
        for (ReportProjection projection : projections.get()) {
            views.merge(projection.view(), Set.copyOf(projection.collections()), (a, b) -> {
                Set<String> both = new TreeSet<>(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
        }
        return views;
    }

    /** The generation queries and the live stream use for {@code view} (read again at most a second later). */
    public int current(String view) {
        if (System.nanoTime() - readAt > REFRESH_NANOS) {
            Map<String, Integer> read = new HashMap<>();
            for (Document doc : generations.find()) {
                read.put(doc.getString("_id"), doc.getInteger("current", 0));
            }
            current = Map.copyOf(read);
            readAt = System.nanoTime();
        }
        return current.getOrDefault(view, 0);
    }

    /** A generation number for {@code view} never used before (a failed rebuild's leftovers are not reused). */
    int nextGeneration(String view) {
        Document doc = generations.findOneAndUpdate(Filters.eq("_id", view), Updates.inc("highest", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Math.max(doc.getInteger("highest"), doc.getInteger("current", 0) + 1);
    }

    /** Queries and the live stream read {@code generation} of {@code view} from now on. */
    void switchTo(String view, int generation) {
        generations.updateOne(Filters.eq("_id", view), Updates.set("current", generation));
        Map<String, Integer> next = new HashMap<>(current);
        next.put(view, generation);
        current = Map.copyOf(next);
        readAt = System.nanoTime();
    }

    /** Drops the collections of {@code view} in {@code generation} (a replaced or a partial generation). */
    void dropGeneration(String view, int generation) {
        // a generation never written has no collection (a view empty at 0): nothing to drop
        List<String> existing = database.listCollectionNames().into(new ArrayList<>());
        for (String collection : views().getOrDefault(view, Set.of())) {
            String physical = nameIn(collection, generation);
            if (existing.contains(physical)) {
                database.getCollection(physical).drop();
            }
        }
    }

    /** Runs {@code work} on this thread with {@code targets} (view → generation) in place of the current ones. */
    static <T> T building(Map<String, Integer> targets, Supplier<T> work) {
        BUILDING.set(targets);
        try {
            return work.get();
        } finally {
            BUILDING.remove();
        }
    }

    /** Work that reads a snapshot's generations (a request naming it). */
    public interface Reading<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code work} on this thread reading {@code generations} (view → generation) in place of the current ones. */
    public static <E extends Exception> void reading(Map<String, Integer> generations, Reading<E> work) throws E {
        BUILDING.set(generations);
        try {
            work.run();
        } finally {
            BUILDING.remove();
        }
    }

    /** From now on this thread reads {@code generations} (view → generation); {@link #readCurrent} ends it. */
    public static void readFrom(Map<String, Integer> generations) {
        BUILDING.set(Map.copyOf(generations));
    }

    /** This thread reads the current generations again. */
    public static void readCurrent() {
        BUILDING.remove();
    }

    /** Whether this thread writes a generation being built rather than the current one (live pushes stay quiet). */
    public static boolean isBuilding() {
        return BUILDING.get() != null;
    }

    /**
     * Learns which view owns which collection once every bean exists (projections need beans that use the database,
     * so they cannot be asked earlier). A view collection taken while beans were being created was kept in a field:
     * it would never follow a rebuild, so startup fails and says which.
     */
    @Override
    public void afterSingletonsInstantiated() {
        Map<String, String> owners = new HashMap<>();
        views().forEach((view, collections) -> collections.forEach(c -> owners.put(c, view)));
        List<String> kept = resolvedEarly.stream().filter(owners::containsKey).sorted().toList();
        if (!kept.isEmpty()) {
            throw new IllegalStateException("view collections " + kept + " were taken while the beans were being "
                    + "created: read them with getCollection on each use, or a rebuild cannot switch them");
        }
        viewOfCollection = Map.copyOf(owners);
        projections.get().forEach(ReportProjection::prepare);
    }
}
