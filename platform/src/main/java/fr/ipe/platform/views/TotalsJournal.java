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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
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
 * Every document is read, moved in memory and written back only if its revision ({@code _v}) is still the one read
 * (compare-and-set), by filters an index answers on every engine ({@link GuardIndexes}). Buckets of large groups are
 * moved first, then the keys' documents, whose versions move last: a reader that sees a version sees every bucket of
 * the changes it counts.
 */
final class TotalsJournal {

    static final String APPLIED = "_applied";
    static final Duration JOURNAL_KEPT = Duration.ofHours(1);
    /** A totals document's revision: one more at each write, the compare-and-set's guard. */
    static final String REVISION = "_v";
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_ATTEMPTS = 200;
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

    /** A document's next state, from its current one ({@code null}: none yet) and the changes it does not note yet. */
    private interface Move<M> {
        Document next(String id, Document current, Map<Change, M> changes);
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
        moveOnce(buckets, (id, current, moved) -> {
            Map<String, Long> members = new TreeMap<>();
            moved.values().forEach(m -> m.forEach((member, amount) -> members.merge(member, amount, Long::sum)));
            return TotalsMoves.movedBucket(id, current, members);
        });
        moveOnce(keys, (id, current, moved) -> {
            TotalsMoves all = new TotalsMoves();
            moved.keySet().forEach(change -> all.add(change.delta()));
            return all.movedKey(id, current);
        });
    }

    /** Moves each document by the changes it does not note yet, again on what another writer changed meanwhile. */
    private <M> void moveOnce(Map<String, Map<Change, M>> documents, Move<M> move) {
        Date now = new Date();
        eachOnce(documents, null, (id, current, changes) -> {
            Document notes = new Document(current == null ? new Document() : current.get(APPLIED, new Document()));
            Map<Change, M> notYet = new LinkedHashMap<>();
            changes.forEach((change, moves) -> {
                if (noted(notes, change.note()) < change.revision()) {
                    notYet.put(change, moves);
                    notes.put(change.note(), new Document("r", change.revision()).append("at", now));
                }
            });
            if (notYet.isEmpty()) {
                return null;
            }
            Document next = move.next(id, current, notYet).append(APPLIED, notes)
                    .append(REVISION, revision(current) + 1);
            // a new document is inserted (another writer's makes it a duplicate key, read again next round)
            return current == null ? new InsertOneModel<>(next)
                    : new ReplaceOneModel<>(GuardIndexes.guard(totals, id, REVISION, revision(current)), next);
        });
    }

    /** A document's write from its current state ({@code null}: none yet); null when it has nothing to write. */
    private interface Write<V> {
        WriteModel<Document> of(String id, Document current, V value);
    }

    /**
     * Writes each document compare-and-set on its revision, read with {@code fields} (all if null): those another
     * writer changed meanwhile are read and written again.
     */
    private <V> void eachOnce(Map<String, V> documents, Bson fields, Write<V> write) {
        Map<String, V> left = documents;
        for (int attempt = 0; !left.isEmpty(); attempt++) {
            pauseBefore(attempt, left.keySet());
            Map<String, Document> stored = read(left.keySet(), fields);
            List<WriteModel<Document>> writes = new ArrayList<>();
            Map<String, V> written = new HashMap<>();
            left.forEach((id, value) -> {
                WriteModel<Document> model = write.of(id, stored.get(id), value);
                if (model != null) {
                    writes.add(model);
                    written.put(id, value);
                }
            });
            if (writes.isEmpty() || write(writes)) {
                return;
            }
            left = written;
        }
    }

    /**
     * The documents {@code ids} by id (projected on {@code fields} unless null); one written before documents had a
     * revision gets its first.
     */
    private Map<String, Document> read(Collection<String> ids, Bson fields) {
        Map<String, Document> stored = new HashMap<>();
        boolean unrevised = false;
        for (Document doc : totals.find(Filters.in("_id", ids)).projection(fields)) {
            stored.put(doc.getString("_id"), doc);
            unrevised |= !doc.containsKey(REVISION);
        }
        if (!unrevised) {
            return stored;
        }
        totals.updateMany(Filters.and(Filters.in("_id", ids), Filters.exists(REVISION, false)),
                Updates.set(REVISION, 0L));
        return read(ids, fields);
    }

    /** Answers whether each write was applied (false: some document changed meanwhile, or was created by another). */
    private boolean write(List<WriteModel<Document>> writes) {
        try {
            BulkWriteResult result = totals.bulkWrite(writes, UNORDERED);
            return result.getMatchedCount() + result.getInsertedCount() == writes.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            return false;
        }
    }

    /** Gives way to the other writers of a hot document (the national key) after a few lost rounds. */
    private static void pauseBefore(int attempt, Set<String> ids) {
        if (attempt == MAX_ATTEMPTS) {
            throw new IllegalStateException("totals " + ids + " kept changing");
        }
        if (attempt > 2) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(1, Math.min(attempt, 20)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while moving totals " + ids, e);
            }
        }
    }

    private static long revision(Document doc) {
        return doc == null ? 0 : doc.get(REVISION, Number.class).longValue();
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
     * Forgets the notes of {@code changes}, whose facts no longer hold them pending: one update per document, of the
     * notes it still holds at the same revision (a later change of the same fact keeps its note).
     */
    void forgetAll(List<Change> changes) {
        Map<String, Map<String, Long>> notesByDocument = new LinkedHashMap<>();
        for (Change change : changes) {
            TotalsMoves moves = new TotalsMoves().add(change.delta());
            List<String> documents = new ArrayList<>(moves.versions.keySet());
            documents.addAll(moves.buckets.keySet());
            for (String id : documents) {
                notesByDocument.computeIfAbsent(id, i -> new LinkedHashMap<>()).put(change.note(), change.revision());
            }
        }
        eachOnce(notesByDocument, Projections.include(APPLIED, REVISION),
                (id, current, notes) -> current == null ? null : forgetting(current, notes));
    }

    /** Unsets those of {@code notes} (fact → revision) that {@code current} holds at that revision; null if none. */
    private UpdateOneModel<Document> forgetting(Document current, Map<String, Long> notes) {
        Document held = current.get(APPLIED, new Document());
        Document fields = new Document();
        notes.forEach((note, revision) -> {
            if (noted(held, note) == revision) {
                fields.append(APPLIED + "." + note, "");
            }
        });
        // the revision moves too: a writer that read the notes before would otherwise write them back
        return fields.isEmpty() ? null : new UpdateOneModel<>(
                GuardIndexes.guard(totals, current.get("_id"), REVISION, revision(current)),
                new Document("$unset", fields).append("$inc", new Document(REVISION, 1L)));
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
                    TotalsMoves.movedBucket(id, stored.get(id), members).append(REVISION, revision(stored.get(id)) + 1),
                    REPLACE_UPSERT)));
        }
        for (String key : moved.versions.keySet()) {
            Document update = moved.keyUpdate(key);
            update.get("$inc", Document.class).append(REVISION, 1L);
            writes.add(new UpdateOneModel<>(Filters.eq("_id", key), update, UPSERT));
        }
        totals.bulkWrite(writes, UNORDERED);
    }

    /** Forgets the notes older than {@link #JOURNAL_KEPT}; answers how many went (one written meanwhile waits). */
    int prune(Instant now) {
        Date before = Date.from(now.minus(JOURNAL_KEPT));
        int pruned = 0;
        for (Document doc : totals.find(Filters.exists(APPLIED)).projection(Projections.include(APPLIED, REVISION))) {
            Document notes = doc.get(APPLIED, Document.class);
            Map<String, Long> old = new LinkedHashMap<>();
            for (String fact : notes.keySet()) {
                Document note = notes.get(fact, Document.class);
                if (note != null && note.getDate("at") != null && note.getDate("at").before(before)) {
                    old.put(fact, note.get("r", Number.class).longValue());
                }
            }
            UpdateOneModel<Document> forgetting = old.isEmpty() || !doc.containsKey(REVISION) ? null
                    : forgetting(doc, old);
            if (forgetting != null && totals.updateOne(forgetting.getFilter(), forgetting.getUpdate())
                    .getModifiedCount() == 1) {
                pruned += old.size();
            }
        }
        return pruned;
    }
}
