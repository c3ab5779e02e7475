package fr.ipe.platform.views;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Moves the live totals by facts' changes exactly once, without transactions: while a change is in flight, each totals
 * document it moves notes the fact's revision ({@code _applied.<fact>}), and a document already noting it is left as
 * is for that fact. A change whose fact was written but whose totals were not (a crash in between) is kept pending in
 * the fact and finished by the next writer of the fact, or at start-up; applying it again is then a no-op. Once the
 * facts' pending changes are cleared the notes go ({@link #forgetAll}), so a totals document holds only the changes in
 * flight; {@link #prune} removes what a crash between the two left behind.
 * <p>
 * Buckets of large groups are moved first, then the keys' documents, whose versions move last: a reader that sees a
 * version sees every bucket of the changes it counts.
 */
final class TotalsJournal {

    static final String APPLIED = "_applied";
    static final Duration JOURNAL_KEPT = Duration.ofHours(1);
    static final String BUCKET_REVISION = "_v";
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ATTEMPTS = 50;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> totals;

    TotalsJournal(MongoCollection<Document> totals) {
        this.totals = totals;
    }

    /** The change of a fact to a revision, and what it moves. */
    record Change(String factId, long revision, Contribution delta) {
        String note() {
            return Totals.segment(factId);
        }
    }

    /** Applies the change of fact {@code factId} to {@code revision} once. */
    void apply(String factId, long revision, Contribution delta) {
        applyAll(List.of(new Change(factId, revision, delta)));
    }

    /** Applies each change once: the buckets they move, then the keys' documents. */
    void applyAll(List<Change> changes) {
        Map<String, Map<Change, Map<String, Long>>> buckets = new TreeMap<>();
        Map<String, Map<Change, TotalsMoves>> keys = new LinkedHashMap<>();
        for (Change change : changes) {
            TotalsMoves moves = new TotalsMoves().add(change.delta());
            moves.buckets.forEach((bucket, members) -> buckets.computeIfAbsent(bucket, b -> new LinkedHashMap<>())
                    .put(change, members));
            for (String key : moves.versions.keySet()) {
                keys.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(change, moves);
            }
        }
        moveBuckets(buckets);
        moveKeys(keys);
    }

    private void moveKeys(Map<String, Map<Change, TotalsMoves>> keys) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        keys.forEach((key, changes) -> writes.add(keyUpdate(key, changes)));
        if (write(writes)) {
            return;
        }
        // a key noting one of the changes already (finished again after a crash), or created by another writer at
        // the same moment, or left unwritten after an error: whatever a key does not note yet, one change at a time
        Map<String, Document> stored = new HashMap<>();
        for (Document doc : totals.find(Filters.in("_id", keys.keySet())).projection(Projections.include(APPLIED))) {
            stored.put(doc.getString("_id"), doc.get(APPLIED, new Document()));
        }
        List<WriteModel<Document>> single = new ArrayList<>();
        keys.forEach((key, changes) -> changes.forEach((change, moves) -> {
            if (noted(stored.getOrDefault(key, new Document()), change.note()) < change.revision()) {
                single.add(keyUpdate(key, Map.of(change, moves)));
            }
        }));
        for (WriteModel<Document> update : single) {
            write(List.of(update));
        }
    }

    /** Writes {@code writes}; answers whether each was applied (false: some refused as noted already, or unsure). */
    private boolean write(List<WriteModel<Document>> writes) {
        try {
            BulkWriteResult result = totals.bulkWrite(writes, UNORDERED);
            return result.getMatchedCount() + result.getUpserts().size() == writes.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            return false;
        }
    }

    /** One update of {@code key}'s document moving it by {@code changes}, unless it notes one of them already. */
    private static UpdateOneModel<Document> keyUpdate(String key, Map<Change, TotalsMoves> changes) {
        List<Bson> notYet = new ArrayList<>(List.of(Filters.eq("_id", key)));
        Document increments = new Document();
        Document set = new Document();
        Date now = new Date();
        changes.forEach((change, moves) -> {
            String note = APPLIED + "." + change.note();
            notYet.add(Filters.or(Filters.exists(note + ".r", false), Filters.lt(note + ".r", change.revision())));
            Document update = moves.keyUpdate(key);
            update.get("$inc", Document.class).forEach((path, amount) ->
                    increments.merge(path, amount, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
            set.putAll(update.get("$set", new Document()));
            set.append(note, new Document("r", change.revision()).append("at", now));
        });
        return new UpdateOneModel<>(Filters.and(notYet), new Document("$inc", increments).append("$set", set),
                UPSERT);
    }

    /** Moves each bucket once per change: read, move in memory, write back if unchanged meanwhile. */
    private void moveBuckets(Map<String, Map<Change, Map<String, Long>>> buckets) {
        Map<String, Map<Change, Map<String, Long>>> left = new HashMap<>(buckets);
        for (int attempt = 0; !left.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("buckets " + left.keySet() + " kept changing");
            }
            Map<String, Document> stored = new HashMap<>();
            for (Document bucket : totals.find(Filters.in("_id", left.keySet()))) {
                stored.put(bucket.getString("_id"), bucket);
            }
            List<WriteModel<Document>> writes = new ArrayList<>();
            Map<String, Set<String>> expected = new HashMap<>();
            for (Map.Entry<String, Map<Change, Map<String, Long>>> entry : left.entrySet()) {
                String id = entry.getKey();
                Document current = stored.get(id);
                Document notes = new Document(current == null ? new Document() : current.get(APPLIED, new Document()));
                Map<String, Long> moves = new TreeMap<>();
                Date now = new Date();
                entry.getValue().forEach((change, members) -> {
                    if (noted(notes, change.note()) < change.revision()) {
                        members.forEach((member, amount) -> moves.merge(member, amount, Long::sum));
                        notes.put(change.note(), new Document("r", change.revision()).append("at", now));
                        expected.computeIfAbsent(id, i -> new HashSet<>()).add(change.note());
                    }
                });
                if (!expected.containsKey(id)) {
                    continue;
                }
                Document next = TotalsMoves.movedBucket(id, current, moves).append(APPLIED, notes);
                long revision = current == null ? 0 : current.get(BUCKET_REVISION, Number.class).longValue();
                next.append(BUCKET_REVISION, revision + 1);
                // a new bucket is inserted (another writer's makes it a duplicate key, read again below)
                writes.add(current == null ? new InsertOneModel<>(next) : new ReplaceOneModel<>(
                        Filters.and(Filters.eq("_id", id), Filters.eq(BUCKET_REVISION, revision)), next,
                        new ReplaceOptions()));
            }
            if (writes.isEmpty()) {
                return;
            }
            try {
                BulkWriteResult result = totals.bulkWrite(writes, UNORDERED);
                if (result.getMatchedCount() + result.getUpserts().size() + result.getInsertedCount()
                        == writes.size()) {
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
            Map<String, Map<Change, Map<String, Long>>> remaining = new HashMap<>();
            for (Document bucket : totals.find(Filters.in("_id", expected.keySet()))
                    .projection(Projections.include(APPLIED))) {
                Document notes = bucket.get(APPLIED, new Document());
                Map<Change, Map<String, Long>> mine = left.get(bucket.getString("_id"));
                boolean done = mine.keySet().stream().allMatch(c -> noted(notes, c.note()) >= c.revision());
                if (!done) {
                    remaining.put(bucket.getString("_id"), mine);
                }
            }
            for (String id : expected.keySet()) {
                if (!stored.containsKey(id) && !remaining.containsKey(id)
                        && totals.find(Filters.eq("_id", id)).projection(Projections.include("_id")).first() == null) {
                    remaining.put(id, left.get(id));
                }
            }
            left = remaining;
        }
    }

    private static long noted(Document notes, String fact) {
        Document note = notes.get(fact, Document.class);
        return note == null ? -1 : note.get("r", Number.class).longValue();
    }

    /** Forgets the notes of changes whose facts no longer hold them pending. */
    void forget(String factId, long revision, Contribution delta) {
        forgetAll(List.of(new Change(factId, revision, delta)));
    }

    /**
     * Forgets the notes of {@code changes}, whose facts no longer hold them pending: one update per document, which
     * forgets them only if each still notes the same revision (a later change of the same fact keeps its note);
     * a document where one moved on is done note by note.
     */
    void forgetAll(List<Change> changes) {
        Map<String, Map<String, Long>> notesByDocument = new LinkedHashMap<>();
        Set<String> buckets = new HashSet<>();
        for (Change change : changes) {
            TotalsMoves moves = new TotalsMoves().add(change.delta());
            List<String> documents = new ArrayList<>(moves.versions.keySet());
            documents.addAll(moves.buckets.keySet());
            buckets.addAll(moves.buckets.keySet());
            for (String id : documents) {
                notesByDocument.computeIfAbsent(id, i -> new LinkedHashMap<>()).put(change.note(), change.revision());
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        notesByDocument.forEach((id, notes) -> writes.add(forgetting(id, notes, buckets.contains(id))));
        if (writes.isEmpty()) {
            return;
        }
        if (totals.bulkWrite(writes, UNORDERED).getMatchedCount() == writes.size()) {
            return;
        }
        List<WriteModel<Document>> oneByOne = new ArrayList<>();
        notesByDocument.forEach((id, notes) -> notes.forEach((note, revision) ->
                oneByOne.add(forgetting(id, Map.of(note, revision), buckets.contains(id)))));
        totals.bulkWrite(oneByOne, UNORDERED);
    }

    /** Unsets {@code notes} (fact → revision) of document {@code id} if it notes each at that revision. */
    private static UpdateOneModel<Document> forgetting(String id, Map<String, Long> notes, boolean bucket) {
        List<Bson> same = new ArrayList<>(List.of(Filters.eq("_id", id)));
        Document fields = new Document();
        notes.forEach((note, revision) -> {
            same.add(Filters.eq(APPLIED + "." + note + ".r", revision));
            fields.append(APPLIED + "." + note, "");
        });
        // a bucket's revision moves too: a writer that read the notes before would otherwise write them back
        Document update = bucket ? new Document("$unset", fields).append("$inc", new Document(BUCKET_REVISION, 1L))
                : new Document("$unset", fields);
        return new UpdateOneModel<>(Filters.and(same), update);
    }

    /** Writes the moves of a single writer (a rebuild's batch): no journal, nobody else writes these totals. */
    static void writeAlone(MongoCollection<Document> totals, TotalsMoves moved) {
        if (moved.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        if (!moved.buckets.isEmpty()) {
            Map<String, Document> stored = new HashMap<>();
            for (Document bucket : totals.find(Filters.in("_id", moved.buckets.keySet()))) {
                stored.put(bucket.getString("_id"), bucket);
            }
            moved.buckets.forEach((id, members) -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", id),
                    TotalsMoves.movedBucket(id, stored.get(id), members), REPLACE_UPSERT)));
        }
        for (String key : moved.versions.keySet()) {
            writes.add(new UpdateOneModel<>(Filters.eq("_id", key), moved.keyUpdate(key), UPSERT));
        }
        totals.bulkWrite(writes, UNORDERED);
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
