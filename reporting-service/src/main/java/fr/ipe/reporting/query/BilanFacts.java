package fr.ipe.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import fr.ipe.contracts.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The facts the bilan is derived from, one document per aggregate guarded by its sequence
 * ({@link fr.ipe.platform.mongo.SequencedFacts}): {@code bilan_actions} (what the bilan counts of each action) and
 * {@code bilan_missions} (where and when each IPE is active). Totals are never stored: they are computed from the facts
 * on each read, so no duplicate, replay or out-of-order delivery can add anything twice.
 */
@Repository
public class BilanFacts {

    /** The view ops rebuild: both collections of facts the bilan derives from. */
    public static final String VIEW = "bilan";
    public static final String ACTIONS = "bilan_actions";
    public static final String MISSIONS = "bilan_missions";

    private final MongoDatabase database;

    public BilanFacts(MongoDatabase database) {
        this.database = database;
    }

    public MongoCollection<Document> actions() {
        return database.getCollection(ACTIONS);
    }

    public MongoCollection<Document> missions() {
        return database.getCollection(MISSIONS);
    }

    /** The counted actions of {@code period}: of {@code academie}, or all (académies and national) when null. */
    public List<Document> countedActions(String academie, ReportingPeriod period) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("countedPeriods", period.label())));
        if (academie != null) {
            filters.add(Filters.eq("academie", academie));
        }
        return actions().find(Filters.and(filters)).into(new ArrayList<>());
    }

    /** The missions active during {@code period}: of {@code academie}, or all when null. Dates are ISO strings. */
    public List<Document> missionsWithin(String academie, ReportingPeriod period) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.lte("firstDay", period.lastDay().toString()),
                Filters.gte("lastDay", period.firstDay().toString())));
        if (academie != null) {
            filters.add(Filters.eq("academie", academie));
        }
        return missions().find(Filters.and(filters)).into(new ArrayList<>());
    }
}
