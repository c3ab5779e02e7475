package fr.ipe.platform.views;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Moves the live totals by a fact's change exactly once, without transactions: while a change is in flight, each totals
 * document it moves notes the fact's revision ({@code _applied.<fact>}), and a document already noting it is left as
 * is. A change whose fact was written but whose totals were not (a crash in between) is kept pending in the fact and
 * finished by the next writer of the fact, or at start-up; applying it again is then a no-op. Once the fact's pending
 * change is cleared, the notes go ({@link #forget}), so a totals document holds only the changes in flight;
 * {@link #prune} removes what a crash between the two left behind.
 * <p>
 * Buckets of large groups are moved first, then the key's document, whose version moves last: a reader that sees a
 * version sees every bucket of that change.
 */
final class TotalsJournal {

    static final String APPLIED = "_applied";
    static final Duration JOURNAL_KEPT = Duration.ofHours(1);
    private static final String BUCKET_REVISION = "_v";
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ATTEMPTS = 50;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> totals;

    TotalsJournal(MongoCollection<Document> totals) {
        this.totals = totals;
    }

    /** Applies {@code delta}, the change of fact {@code factId} to {@code revision}, to every key it moves, once. */
    void apply(String factId, long revision, Contribution delta) {
        TotalsMoves moves = new TotalsMoves().add(delta);
        String note = APPLIED + "." + Totals.segment(factId);
        moveBuckets(Totals.segment(factId), revision, moves.buckets);
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String key : moves.versions.keySet()) {
            Bson notYet = Filters.and(Filters.eq("_id", key),
                    Filters.or(Filters.exists(note + ".r", false), Filters.lt(note + ".r", revision)));
            Document update = moves.keyUpdate(key);
            Document set = update.get("$set", new Document());
            set.append(note, new Document("r", revision).append("at", new Date()));
            update.put("$set", set);
            writes.add(new UpdateOneModel<>(notYet, update, UPSERT));
        }
        try {
            totals.bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            // a key whose note already holds this revision: its upsert found no match and collided on _id
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    /** Moves each bucket once for this revision: read, move in memory, write back if unchanged meanwhile. */
    private void moveBuckets(String fact, long revision, Map<String, Map<String, Long>> buckets) {
        Map<String, Map<String, Long>> left = new HashMap<>(buckets);
        for (int attempt = 0; !left.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("buckets " + left.keySet() + " kept changing under fact " + fact);
            }
            Map<String, Document> stored = new HashMap<>();
            for (Document bucket : totals.find(Filters.in("_id", left.keySet()))) {
                stored.put(bucket.getString("_id"), bucket);
            }
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (Map.Entry<String, Map<String, Long>> entry : left.entrySet()) {
                Document current = stored.get(entry.getKey());
                if (noted(current, fact) >= revision) {
                    continue;
                }
                Document next = TotalsMoves.movedBucket(entry.getKey(), current, entry.getValue());
                Document notes = new Document(current == null ? new Document() : current.get(APPLIED, new Document()));
                notes.put(fact, new Document("r", revision).append("at", new Date()));
                next.append(APPLIED, notes);
                long bucketRevision = current == null ? 0 : current.get(BUCKET_REVISION, Number.class).longValue();
                next.append(BUCKET_REVISION, bucketRevision + 1);
                Bson unchanged = current == null
                        ? Filters.and(Filters.eq("_id", entry.getKey()), Filters.exists(BUCKET_REVISION, false))
                        : Filters.and(Filters.eq("_id", entry.getKey()), Filters.eq(BUCKET_REVISION, bucketRevision));
                writes.add(new ReplaceOneModel<>(unchanged, next, new ReplaceOptions().upsert(current == null)));
            }
            if (writes.isEmpty()) {
                return;
            }
            try {
                var written = totals.bulkWrite(writes, UNORDERED);
                if (written.getMatchedCount() + written.getUpserts().size() == writes.size()) {
                    return;
                }
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                }
            }
            // what another writer changed meanwhile is read again and moved on its new state
            java.util.Set<String> done = new java.util.HashSet<>();
            for (Document bucket : totals.find(Filters.in("_id", left.keySet()))
                    .projection(Projections.include(APPLIED + "." + fact))) {
                if (noted(bucket, fact) >= revision) {
                    done.add(bucket.getString("_id"));
                }
            }
            Map<String, Map<String, Long>> remaining = new HashMap<>(left);
            remaining.keySet().removeAll(done);
            left = remaining;
        }
    }

    private static long noted(Document doc, String fact) {
        if (doc == null) {
            return -1;
        }
        Document note = doc.get(APPLIED, new Document()).get(fact, Document.class);
        return note == null ? -1 : note.get("r", Number.class).longValue();
    }

    /** Forgets the notes of a change whose fact no longer holds it pending (later changes keep theirs). */
    void forget(String factId, long revision, Contribution delta) {
        TotalsMoves moves = new TotalsMoves().add(delta);
        String note = APPLIED + "." + Totals.segment(factId);
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<String> documents = new ArrayList<>(moves.versions.keySet());
        documents.addAll(moves.buckets.keySet());
        for (String id : documents) {
            writes.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", id), Filters.eq(note + ".r", revision)),
                    Updates.unset(note)));
        }
        if (!writes.isEmpty()) {
            totals.bulkWrite(writes, UNORDERED);
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
