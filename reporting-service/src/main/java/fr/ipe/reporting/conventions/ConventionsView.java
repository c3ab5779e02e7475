package fr.ipe.reporting.conventions;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import fr.ipe.platform.views.ViewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The conventions view: one fact per convention in {@code conventions}, read from the store a request chose. */
final class ConventionsView {

    static final String VIEW = "conventions";
    static final String CONVENTIONS = "conventions";

    private ConventionsView() {
    }

    static Optional<Document> convention(ViewStore store, String conventionId) {
        return Optional.ofNullable(store.collection(CONVENTIONS).find(Filters.eq("_id", conventionId)).first());
    }

    /**
     * Conventions in id order after the cursor {@code after}; {@code visibleAcademie}, when present, confines the page
     * to national conventions and that académie's.
     */
    static List<Document> conventions(ViewStore store, String kind, String academie, String status,
                                      Optional<String> visibleAcademie, String after, int limit) {
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
        visibleAcademie.ifPresent(own -> filters.add(Filters.or(Filters.eq("academie", null),
                Filters.eq("academie", own))));
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return store.collection(CONVENTIONS).find(filter).sort(Sorts.ascending("_id")).limit(limit)
                .into(new ArrayList<>());
    }
}
