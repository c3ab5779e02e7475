package fr.ipe.platform.views.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a rebuild stands. {@code lag} is the events between what it has read and the head of the topics;
 * {@code secondsLeft} is that lag at the current rate (null until a rate is known). {@code generations} are the ones
 * being built (current after the switch), {@code previousGenerations} the ones they replace, dropped unless kept.
 * A snapshot has {@code asOf} or the {@code position} it was asked for, and answers the position it reached (per topic
 * partition, the offset after its last event): asking for that position reproduces it exactly.
 */
public record RebuildProgress(
        String id,
        Kind kind,
        List<String> views,
        State state,
        long eventsRead,
        long eventsApplied,
        long eventsSkipped,
        double eventsPerSecond,
        long lag,
        Long secondsLeft,
        Map<String, Integer> generations,
        Map<String, Integer> previousGenerations,
        boolean keepPrevious,
        Instant startedAt,
        Instant switchedAt,
        Instant finishedAt,
        String error,
        Instant asOf,
        Map<String, Long> position) {

    /** A rebuild switches the views to what it built; a snapshot keeps it aside for queries that name it. */
    public enum Kind { REBUILD, SNAPSHOT }

    public enum State {
        /** Reading the topics from offset 0 into the new generation; queries read the current one. */
        RUNNING,
        /** Caught up: the live stream is paused for the last events, then the views switch. */
        SWITCHING,
        /** Switched: the new generation is current. */
        DONE,
        /** Stopped by a failure; the current generation is untouched and the partial one dropped. */
        FAILED,
        /** Stopped by ops; the current generation is untouched and the partial one dropped. */
        CANCELLED;

        public boolean isOver() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    public boolean isOver() {
        return state.isOver();
    }
}
