package fr.ipe.platform.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * The idempotent projection helper: one fact document per aggregate, holding the aggregate sequence number of the
 * last event applied. An event at or below that number is a no-op, so duplicates and replays cannot count twice.
 * Writes are compare-and-set on the stored sequence (no transactions needed), so concurrent consumers stay correct.
 * A rebuild binds a {@link FactBatch} to its thread: the same guard, applied in memory and written in bulk.
 */
public final class SequencedFacts {

    /** The field holding the sequence number of the last event applied to the document. */
    public static final String SEQUENCE = "_sequence";
    private static final int MAX_ATTEMPTS = 20;

    private SequencedFacts() {
    }

    /**
     * Applies the event numbered {@code sequence} to the fact {@code id}: {@code evolve} gets the current document
     * (a new one holding only {@code _id} if there is none) and returns the next state.
     *
     * @return true if applied, false if the fact already reflects this event
     */
    public static boolean apply(MongoCollection<Document> facts, String id, long sequence,
                                UnaryOperator<Document> evolve) {
        FactBatch batch = FactBatch.current();
        if (batch != null) {
            return batch.apply(facts, id, sequence, evolve);
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = facts.find(Filters.eq("_id", id)).first();
            if (current != null && current.get(SEQUENCE, Number.class).longValue() >= sequence) {
                return false;
            }
            Document next = evolve.apply(current == null ? new Document("_id", id) : new Document(current));
            next.put("_id", id);
            next.put(SEQUENCE, sequence);
            if (current == null) {
                try {
                    facts.insertOne(next);
                    return true;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                }
            } else {
                UpdateResult replaced = facts.replaceOne(Filters.and(Filters.eq("_id", id),
                        Filters.eq(SEQUENCE, current.get(SEQUENCE))), next);
                if (replaced.getMatchedCount() == 1) {
                    return true;
                }
            }
        }
        throw new IllegalStateException("fact " + id + " kept changing under event " + sequence);
    }
}
