package fr.ipe.platform.views;

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
import org.bson.Document;

/**
 * Which generation of each view is current, kept in {@code view_generations}: the generation {@code g} of a collection
 * {@code c} is {@code c} itself for generation 0 and {@code c__g<g>} after. A switch is one document update per view,
 * so every reader sees the old or the new generation, never a mix. Read again at most a second later, so every
 * instance follows a switch made by another.
 */
public final class Generations {

    public static final String COLLECTION = "view_generations";
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private volatile Map<String, Integer> current = Map.of();
    private volatile long readAt;

    public Generations(MongoDatabase database) {
        this.database = database;
        this.generations = database.getCollection(COLLECTION);
    }

    /** The name collection {@code collection} has in {@code generation}. */
    public static String physicalName(String collection, int generation) {
        return generation == 0 ? collection : collection + "__g" + generation;
    }

    /** The generation queries and the live stream use for {@code view}. */
    public int current(String view) {
        return current(view, false);
    }

    /**
     * As {@link #current(String)}, read again now when {@code fresh}: the live stream reads it once per batch, so that
     * an instance writes the generation another instance switched to from its next batch on.
     */
    public int current(String view, boolean fresh) {
        if (fresh || System.nanoTime() - readAt > REFRESH_NANOS) {
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
    public int next(String view) {
        Document doc = generations.findOneAndUpdate(Filters.eq("_id", view), Updates.inc("highest", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Math.max(doc.getInteger("highest"), doc.getInteger("current", 0) + 1);
    }

    /** Queries and the live stream use {@code generation} of {@code view} from now on. */
    public void switchTo(String view, int generation) {
        generations.updateOne(Filters.eq("_id", view), Updates.set("current", generation));
        Map<String, Integer> next = new HashMap<>(current);
        next.put(view, generation);
        current = Map.copyOf(next);
        readAt = System.nanoTime();
    }

    /** Drops {@code collections} in {@code generation} (a replaced, a partial or a snapshot's generation). */
    public void drop(int generation, Set<String> collections) {
        // a generation never written has no collection (a view empty at 0): nothing to drop
        List<String> existing = database.listCollectionNames().into(new ArrayList<>());
        for (String collection : collections) {
            String physical = physicalName(collection, generation);
            if (existing.contains(physical)) {
                database.getCollection(physical).drop();
            }
        }
    }
}
