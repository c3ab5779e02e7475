package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/** Reads the totals of a view key: one document, whatever the number of facts behind it. */
public final class TotalsReader {

    private final MongoCollection<Document> totals;
    private final DistinctCounts distinctCounts;

    /** {@code distinctCounts}: those already read, by version (null: read them every time). */
    TotalsReader(MongoCollection<Document> totals, DistinctCounts distinctCounts) {
        this.totals = totals;
        this.distinctCounts = distinctCounts;
    }

    /**
     * The totals of {@code key}: its document, then its large groups' buckets unless already read at its version; read
     * again if a change ended between the two (its version moved), so the figures read are those of the version read.
     */
    public Totals read(String key) {
        String collection = totals.getNamespace().getFullName();
        for (int attempt = 0; ; attempt++) {
            Document stored = totals.find(Filters.eq("_id", key)).projection(Projections.include(Totals.COUNTERS,
                    Totals.VERSION, Totals.LARGE_GROUPS, Totals.BORN)).first();
            if (stored == null) {
                return Totals.empty(key);
            }
            long version = Totals.storedVersion(stored);
            Object born = stored.get(Totals.BORN);
            Map<String, Long> known = distinctCounts == null ? null
                    : distinctCounts.at(collection, key, born, version);
            if (known != null) {
                return Totals.read(key, stored, known);
            }
            List<String> buckets = new ArrayList<>();
            stored.get(Totals.LARGE_GROUPS, new Document()).keySet().forEach(group -> {
                for (int n = 0; n < Totals.BUCKETS; n++) {
                    buckets.add(Totals.bucket(key, group, n));
                }
            });
            if (buckets.isEmpty()) {
                return Totals.read(key, stored, Map.of());
            }
            Map<String, Long> distinct = Totals.distinctOf(key, totals.find(Filters.in("_id", buckets))
                    .projection(Projections.include(Totals.DISTINCT)).into(new ArrayList<>()));
            if (attempt == 2) {
                // a key changing faster than it is read: figures at least those of the version read, not remembered
                return Totals.read(key, stored, distinct);
            }
            Document again = totals.find(Filters.eq("_id", key)).projection(Projections.include(Totals.VERSION))
                    .first();
            if (again != null && Objects.equals(again.get(Totals.VERSION), stored.get(Totals.VERSION))) {
                if (distinctCounts != null) {
                    distinctCounts.remember(collection, key, born, version, distinct);
                }
                return Totals.read(key, stored, distinct);
            }
        }
    }
}
