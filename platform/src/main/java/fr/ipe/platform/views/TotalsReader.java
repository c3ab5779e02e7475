package fr.ipe.platform.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/** Reads the totals of a view key: one document, whatever the number of facts behind it. */
public final class TotalsReader {

    private final MongoCollection<Document> totals;

    TotalsReader(MongoCollection<Document> totals) {
        this.totals = totals;
    }

    public Totals read(String key) {
        return Totals.read(key, totals.find(Filters.eq("_id", key))
                .projection(Projections.include(Totals.COUNTERS, Totals.VERSION)).first());
    }
}
