package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Reads the totals of a view key: one document, whatever the number of facts behind it. */
public final class TotalsReader {

    private final MongoCollection<Document> totals;

    TotalsReader(MongoCollection<Document> totals) {
        this.totals = totals;
    }

    /**
     * The totals of {@code key}: its document, then its large groups' buckets; read again if a change ended between
     * the two (its version moved), so the figures read are those of the version read.
     */
    public Totals read(String key) {
        for (int attempt = 0; ; attempt++) {
            Document stored = totals.find(Filters.eq("_id", key))
                    .projection(Projections.include(Totals.COUNTERS, Totals.VERSION, Totals.LARGE_GROUPS)).first();
            if (stored == null) {
                return Totals.empty(key);
            }
            List<String> buckets = new ArrayList<>();
            stored.get(Totals.LARGE_GROUPS, new Document()).keySet().forEach(group -> {
                for (int n = 0; n < Totals.BUCKETS; n++) {
                    buckets.add(Totals.bucket(key, group, n));
                }
            });
            List<Document> read = buckets.isEmpty() ? List.of() : totals.find(Filters.in("_id", buckets))
                    .projection(Projections.include(Totals.DISTINCT)).into(new ArrayList<>());
            Document again = buckets.isEmpty() || attempt == 2 ? stored : totals.find(Filters.eq("_id", key))
                    .projection(Projections.include(Totals.VERSION)).first();
            if (java.util.Objects.equals(again.get(Totals.VERSION), stored.get(Totals.VERSION))) {
                return Totals.read(key, stored, read);
            }
        }
    }
}
