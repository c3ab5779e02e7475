package fr.ipe.platform.views;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * A collection of facts: one document per aggregate (or per thing several aggregates feed), each holding, per stream
 * that feeds it, the sequence number of the last event applied. An event at or below it is a no-op, so duplicates and
 * replays never apply twice. A fact may contribute to keyed totals ({@link #contributingTo}): each change moves the
 * totals by the difference of its contributions, exactly once.
 */
public interface Facts {

    /** The stored field holding the sequence of the last event of the fact's own stream. */
    String SEQUENCE = "_sequence";

    /**
     * Applies the event numbered {@code sequence} of the fact's own stream (its aggregate) to fact {@code id}:
     * {@code evolve} gets a copy of the current document (one holding only {@code _id} if there is none) and returns
     * the next one.
     *
     * @return true if applied, false if the fact already reflects this event
     */
    default boolean apply(String id, long sequence, UnaryOperator<Document> evolve) {
        return apply(id, id, sequence, evolve);
    }

    /** As {@link #apply(String, long, UnaryOperator)} for an event of another stream {@code stream} feeding the fact. */
    boolean apply(String id, String stream, long sequence, UnaryOperator<Document> evolve);

    /** The fact as stored, bookkeeping fields included. */
    Optional<Document> find(String id);

    /**
     * These facts, each contributing {@code contribution} (of its document) to the totals in {@code totalsCollection}:
     * every applied change moves those totals by the difference, exactly once.
     */
    Facts contributingTo(String totalsCollection, Function<Document, Contribution> contribution);
}
