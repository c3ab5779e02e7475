package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * A generation with a single writer (a rebuild or a snapshot fills it before anyone reads it): facts are applied in
 * memory and totals summed in memory for one batch of events, then {@link #flush()} writes each changed fact once and
 * each moved key once, in bulk. The facts a batch touches are read at once ({@link #beginBatch}), so a batch costs a
 * few round trips whatever its size, and memory holds one batch, whatever the length of the stream.
 */
final class BatchStore implements ViewStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT_TOTALS = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final String view;
    private final int generation;
    private final Set<String> collections;
    private final MongoDatabase database;
    /** Per facts collection: the facts of this batch (null value: known not to exist) and the changed ones. */
    private final Map<String, Map<String, Document>> facts = new HashMap<>();
    private final Map<String, Set<String>> changed = new HashMap<>();
    /** Per totals collection: what this batch moves. */
    private final Map<String, TotalsMoves> moves = new HashMap<>();
    private Collection<String> likelyIds = List.of();

    BatchStore(String view, int generation, Set<String> collections, MongoDatabase database) {
        this.view = view;
        this.generation = generation;
        this.collections = Set.copyOf(collections);
        this.database = database;
    }

    @Override
    public String view() {
        return view;
    }

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public MongoCollection<Document> collection(String name) {
        if (!collections.contains(name)) {
            throw new IllegalArgumentException("view " + view + " has no collection " + name + ": " + collections);
        }
        return database.getCollection(Generations.physicalName(name, generation));
    }

    @Override
    public Facts facts(String name) {
        return new BatchFacts(name, null, null);
    }

    @Override
    public TotalsReader totals(String name) {
        return new TotalsReader(collection(name));
    }

    /** The next events are about these facts (their subjects): they are read in one query per collection, if used. */
    void beginBatch(Collection<String> ids) {
        likelyIds = List.copyOf(new LinkedHashSet<>(ids));
    }

    /** Writes the batch: every changed fact once, every moved key once; then forgets it. */
    void flush() {
        changed.forEach((name, ids) -> {
            if (!ids.isEmpty()) {
                Map<String, Document> batch = facts.get(name);
                List<WriteModel<Document>> writes = new ArrayList<>(ids.size());
                for (String id : ids) {
                    writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), batch.get(id), UPSERT));
                }
                collection(name).bulkWrite(writes, UNORDERED);
            }
        });
        moves.forEach((name, moved) -> {
            if (moved.isEmpty()) {
                return;
            }
            MongoCollection<Document> totals = collection(name);
            List<WriteModel<Document>> writes = new ArrayList<>();
            if (!moved.buckets.isEmpty()) {
                Map<String, Document> stored = new HashMap<>();
                for (Document bucket : totals.find(Filters.in("_id", moved.buckets.keySet()))) {
                    stored.put(bucket.getString("_id"), bucket);
                }
                moved.buckets.forEach((id, members) -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", id),
                        TotalsMoves.movedBucket(id, stored.get(id), members), UPSERT)));
            }
            for (String key : moved.versions.keySet()) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", key), moved.keyUpdate(key), UPSERT_TOTALS));
            }
            totals.bulkWrite(writes, UNORDERED);
        });
        facts.clear();
        changed.clear();
        moves.clear();
        likelyIds = List.of();
    }

    private final class BatchFacts implements Facts {
        private final String name;
        private final String totalsCollection;
        private final Function<Document, Contribution> contribution;

        BatchFacts(String name, String totalsCollection, Function<Document, Contribution> contribution) {
            this.name = name;
            this.totalsCollection = totalsCollection;
            this.contribution = contribution;
            collection(name);
        }

        @Override
        public Facts contributingTo(String totals, Function<Document, Contribution> contribution) {
            collection(totals);
            return new BatchFacts(name, totals, contribution);
        }

        @Override
        public Optional<Document> find(String id) {
            return Optional.ofNullable(current(id));
        }

        @Override
        public boolean apply(String id, String stream, long sequence, UnaryOperator<Document> evolve) {
            Document current = current(id);
            Document next = FactDocuments.next(current, id, stream, sequence, evolve);
            if (next == null) {
                return false;
            }
            if (contribution != null) {
                Contribution delta = FactDocuments.contributionOf(next, contribution)
                        .minus(FactDocuments.contributionOf(current, contribution));
                if (!delta.isEmpty()) {
                    moves.computeIfAbsent(totalsCollection, t -> new TotalsMoves()).add(delta);
                }
            }
            facts.get(name).put(id, next);
            changed.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(id);
            return true;
        }

        private Document current(String id) {
            Map<String, Document> batch = facts.get(name);
            if (batch == null) {
                batch = new HashMap<>();
                facts.put(name, batch);
                if (!likelyIds.isEmpty()) {
                    for (String likely : likelyIds) {
                        batch.put(likely, null);
                    }
                    for (Document found : collection(name).find(Filters.in("_id", likelyIds))) {
                        batch.put(found.getString("_id"), found);
                    }
                }
            }
            if (!batch.containsKey(id)) {
                batch.put(id, collection(name).find(Filters.eq("_id", id)).first());
            }
            return batch.get(id);
        }
    }
}
