package fr.ipe.reporting.query;

import fr.ipe.platform.kafka.ReceivedEvent;
import java.util.Set;

/**
 * One view of reporting fed from the context topics. Every projection receives every event and ignores those it does
 * not follow; it must be idempotent (duplicates and replays arrive), which {@link fr.ipe.platform.mongo.SequencedFacts}
 * gives a projection that keeps one fact per aggregate.
 */
public interface ReportProjection {

    /** Applies {@code event}; answers false for an event the view already reflects or does not follow. */
    boolean project(ReceivedEvent event);

    /** The view this projection feeds: what ops name to rebuild it, and the unit that switches generation at once. */
    String view();

    /**
     * The MongoDB collections the projection writes, each read and written through the injected {@code MongoDatabase}
     * by {@code getCollection} on every use (never kept in a field): a rebuild routes them to a new generation.
     */
    Set<String> collections();

    /**
     * Makes ready the generation of the collections the projection is about to write: its indexes. Called at startup
     * for the current generation and by a rebuild for the new one (routing is in place: use getCollection).
     */
    default void prepare() {
    }
}
