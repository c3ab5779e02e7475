package fr.ipe.platform.views;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * The bookkeeping of a fact document, the same for the live store and a rebuild's batch: the sequence of the last event
 * of each stream feeding it ({@code _sequence} for its own, {@code _streams.<id>} for others), a revision that moves
 * with every change, and the contribution a change still has to carry to the totals ({@code _pending}).
 */
final class FactDocuments {

    static final String REVISION = "_revision";
    static final String STREAMS = "_streams";
    static final String PENDING = "_pending";

    private FactDocuments() {
    }

    static long revision(Document fact) {
        Number revision = fact == null ? null : fact.get(REVISION, Number.class);
        return revision == null ? 0 : revision.longValue();
    }

    private static long sequence(Document fact, String id, String stream) {
        if (fact == null) {
            return -1;
        }
        Number sequence = id.equals(stream) ? fact.get(Facts.SEQUENCE, Number.class)
                : fact.get(STREAMS, new Document()).get(Totals.segment(stream), Number.class);
        return sequence == null ? -1 : sequence.longValue();
    }

    /**
     * The fact after the event numbered {@code sequence} of {@code stream}, or null when it already reflects it. The
     * result carries the new sequence and revision; the pending contribution is left to the store.
     */
    static Document next(Document current, String id, String stream, long sequence, UnaryOperator<Document> evolve) {
        return next(current, id, stream, sequence, evolve, true);
    }

    /**
     * As {@link #next(Document, String, String, long, UnaryOperator)}; {@code copyFirst} false evolves {@code current} in
     * place, for a document its caller owns alone (one a batch already changed).
     */
    static Document next(Document current, String id, String stream, long sequence, UnaryOperator<Document> evolve,
                         boolean copyFirst) {
        if (sequence(current, id, stream) >= sequence) {
            return null;
        }
        Document copy = current == null ? new Document("_id", id) : copyFirst ? copyOf(current) : current;
        copy.remove(PENDING);
        Document next = evolve.apply(copy);
        next.put("_id", id);
        if (id.equals(stream)) {
            next.put(Facts.SEQUENCE, sequence);
        } else {
            Document streams = new Document(next.get(STREAMS, new Document()));
            streams.put(Totals.segment(stream), sequence);
            next.put(STREAMS, streams);
        }
        next.put(REVISION, revision(current) + 1);
        return next;
    }

    /** What {@code contribution} gives for a fact (none for a fact that does not exist). */
    static Contribution contributionOf(Document fact, Function<Document, Contribution> contribution) {
        return fact == null || contribution == null ? Contribution.none() : contribution.apply(withoutBookkeeping(fact));
    }

    private static Document withoutBookkeeping(Document fact) {
        Document data = new Document(fact);
        data.remove(PENDING);
        return data;
    }

    /** A copy deep enough for {@code evolve} to change nested documents and lists without touching the original. */
    static Document copyOf(Document document) {
        Document copy = new Document();
        document.forEach((key, value) -> copy.put(key, deepCopy(value)));
        return copy;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Document nested) {
            return copyOf(nested);
        }
        if (value instanceof java.util.List<?> list) {
            java.util.List<Object> copy = new java.util.ArrayList<>(list.size());
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }
}
