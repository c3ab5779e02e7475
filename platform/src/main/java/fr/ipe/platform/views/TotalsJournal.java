package fr.ipe.platform.views;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Moves the live totals by a fact's change exactly once, without transactions: while a change is in flight, each totals
 * document it moves notes the fact's revision ({@code _applied.<fact>}), and an update only applies a revision above
 * the one noted. A change whose fact was written but whose totals were not (a crash in between) is kept pending in the
 * fact and finished by the next writer of the fact, or at start-up; applying it again is then a no-op. Once the fact's
 * pending change is cleared the notes go ({@link #forget}), so a totals document holds only the changes in flight;
 * {@link #prune} removes what a crash between the two left behind.
 */
final class TotalsJournal {

    static final String APPLIED = "_applied";
    static final Duration JOURNAL_KEPT = Duration.ofHours(1);
    private static final int DUPLICATE_KEY = 11000;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> totals;

    TotalsJournal(MongoCollection<Document> totals) {
        this.totals = totals;
    }

    /** Applies {@code delta}, the change of fact {@code factId} to {@code revision}, to every key it moves, once. */
    void apply(String factId, long revision, Contribution delta) {
        String note = APPLIED + "." + Totals.segment(factId);
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String key : delta.keys()) {
            Document increments = new Document(Totals.VERSION, 1L);
            delta.of(key).forEach((name, amount) -> increments.append(Totals.COUNTERS + "." + name, amount));
            Bson notYet = Filters.and(Filters.eq("_id", key),
                    Filters.or(Filters.exists(note + ".r", false), Filters.lt(note + ".r", revision)));
            Bson update = Updates.combine(new Document("$inc", increments),
                    Updates.set(note, new Document("r", revision).append("at", new Date())));
            writes.add(new UpdateOneModel<>(notYet, update, UPSERT));
        }
        if (writes.isEmpty()) {
            return;
        }
        try {
            totals.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // a key whose note already holds this revision: its upsert found no match and collided on _id
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    /** Forgets the notes of a change whose fact no longer holds it pending (later changes keep theirs). */
    void forget(String factId, long revision, Iterable<String> keys) {
        String note = APPLIED + "." + Totals.segment(factId);
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String key : keys) {
            writes.add(new com.mongodb.client.model.UpdateOneModel<>(
                    Filters.and(Filters.eq("_id", key), Filters.eq(note + ".r", revision)), Updates.unset(note)));
        }
        if (!writes.isEmpty()) {
            totals.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Forgets the notes older than {@link #JOURNAL_KEPT}; answers how many went. */
    int prune(Instant now) {
        Date before = Date.from(now.minus(JOURNAL_KEPT));
        int pruned = 0;
        for (Document doc : totals.find(Filters.exists(APPLIED)).projection(Projections.include(APPLIED))) {
            Document notes = doc.get(APPLIED, Document.class);
            for (String fact : notes.keySet()) {
                Document note = notes.get(fact, Document.class);
                if (note != null && note.getDate("at") != null && note.getDate("at").before(before)) {
                    String path = APPLIED + "." + fact;
                    pruned += (int) totals.updateOne(Filters.and(Filters.eq("_id", doc.get("_id")),
                            Filters.eq(path + ".r", note.get("r"))), Updates.unset(path)).getModifiedCount();
                }
            }
        }
        return pruned;
    }
}
