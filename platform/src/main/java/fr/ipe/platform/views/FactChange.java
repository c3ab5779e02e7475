package fr.ipe.platform.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;

/** A fact a batch of {@link BatchStore} changed: as read, as it is now, what it contributes to, and the events that changed it. */
final class FactChange {

    /** One event applied to a fact, kept to apply it again one by one if the batch cannot write the fact. */
    record Step(String stream, long sequence, UnaryOperator<Document> evolve) {
    }

    final String collection;
    final String id;
    final Document initial;
    Document current;
    String totals;
    Function<Document, Contribution> contribution;
    final List<Step> steps = new ArrayList<>();

    FactChange(String collection, String id, Document initial) {
        this.collection = collection;
        this.id = id;
        this.initial = initial;
    }

    Contribution delta() {
        return FactDocuments.contributionOf(current, contribution)
                .minus(FactDocuments.contributionOf(initial, contribution));
    }
}
