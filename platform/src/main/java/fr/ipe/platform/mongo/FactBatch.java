package fr.ipe.platform.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * Facts applied in memory and written in bulk: for a rebuild, which is the only writer of the new, empty generation it
 * fills. {@link SequencedFacts#apply} works on the batch bound to the thread, with the same sequence guard; a fact is
 * read from MongoDB only if an earlier flush of this batch wrote it, and {@link #flush()} writes each changed fact once
 * (one bulk upsert per collection) instead of a read and a write per event.
 */
public final class FactBatch {

    private static final ThreadLocal<FactBatch> BOUND = new ThreadLocal<>();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** Per collection namespace: the collection, the facts in memory, the ids flushed at least once. */
    private final Map<String, MongoCollection<Document>> collections = new HashMap<>();
    private final Map<String, Map<Object, Document>> facts = new HashMap<>();
    private final Map<String, Set<Object>> dirty = new HashMap<>();
    private final Map<String, Set<Object>> written = new HashMap<>();

    /** Runs {@code work} with this batch bound to the thread. */
    public <T> T bound(Supplier<T> work) {
        BOUND.set(this);
        try {
            return work.get();
        } finally {
            BOUND.remove();
        }
    }

    static FactBatch current() {
        return BOUND.get();
    }

    boolean apply(MongoCollection<Document> collection, String id, long sequence, UnaryOperator<Document> evolve) {
        String namespace = collection.getNamespace().getFullName();
        collections.putIfAbsent(namespace, collection);
        Map<Object, Document> inMemory = facts.computeIfAbsent(namespace, n -> new LinkedHashMap<>());
        Document current = inMemory.get(id);
        if (current == null && written.getOrDefault(namespace, Set.of()).contains(id)) {
            current = collection.find(Filters.eq("_id", id)).first();
        }
        if (current != null && current.get(SequencedFacts.SEQUENCE, Number.class).longValue() >= sequence) {
            return false;
        }
        Document next = evolve.apply(current == null ? new Document("_id", id) : new Document(current));
        next.put("_id", id);
        next.put(SequencedFacts.SEQUENCE, sequence);
        inMemory.put(id, next);
        dirty.computeIfAbsent(namespace, n -> new HashSet<>()).add(id);
        return true;
    }

    /** Writes every fact changed since the last flush, one bulk upsert per collection, and forgets them. */
    public void flush() {
        dirty.forEach((namespace, ids) -> {
            if (ids.isEmpty()) {
                return;
            }
            Map<Object, Document> inMemory = facts.get(namespace);
            List<WriteModel<Document>> writes = new ArrayList<>(ids.size());
            for (Object id : ids) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), inMemory.get(id), UPSERT));
            }
            collections.get(namespace).bulkWrite(writes);
            written.computeIfAbsent(namespace, n -> new HashSet<>()).addAll(ids);
            ids.clear();
        });
        facts.values().forEach(Map::clear);
    }
}
