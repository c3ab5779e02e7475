package fr.ipe.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** The MongoDB collections of the reporting views. */
@Repository
public class ReportingViews {

    public static final String CONVENTIONS = "conventions";

    private final MongoDatabase database;

    public ReportingViews(MongoDatabase database) {
        this.database = database;
    }

    public MongoCollection<Document> conventions() {
        return database.getCollection(CONVENTIONS);
    }

    public Optional<Document> convention(String conventionId) {
        return Optional.ofNullable(conventions().find(Filters.eq("_id", conventionId)).first());
    }

    /**
     * Conventions in id order after the cursor {@code after}; {@code visibleAcademie}, when present, confines the page
     * to national conventions and that académie's.
     */
    public List<Document> conventions(String kind, String academie, String status, Optional<String> visibleAcademie,
                                      String after, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (after != null) {
            filters.add(Filters.gt("_id", after));
        }
        if (kind != null) {
            filters.add(Filters.eq("kind", kind));
        }
        if (academie != null) {
            filters.add(Filters.eq("academie", academie));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status));
        }
        visibleAcademie.ifPresent(own -> filters.add(Filters.or(Filters.eq("academie", null), Filters.eq("academie", own))));
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return conventions().find(filter).sort(Sorts.ascending("_id")).limit(limit).into(new ArrayList<>());
    }
}
