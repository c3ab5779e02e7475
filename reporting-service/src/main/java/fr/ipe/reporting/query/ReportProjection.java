package fr.ipe.reporting.query;

import fr.ipe.platform.kafka.ReceivedEvent;

/**
 * One view of reporting fed from the context topics. Every projection receives every event and ignores those it does
 * not follow; it must be idempotent (duplicates and replays arrive), which {@link fr.ipe.platform.mongo.SequencedFacts}
 * gives a projection that keeps one fact per aggregate.
 */
public interface ReportProjection {

    /** Applies {@code event}; answers false for an event the view already reflects or does not follow. */
    boolean project(ReceivedEvent event);
}
