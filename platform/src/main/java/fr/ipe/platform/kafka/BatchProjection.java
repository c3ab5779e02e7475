package fr.ipe.platform.kafka;

import java.util.List;

/**
 * Projects a batch of received events (a poll) into views at once. Must be idempotent, as {@link EventProjection}. If
 * the projection of one event fails, it writes the events before it and throws {@link Failure} naming it.
 */
@FunctionalInterface
public interface BatchProjection {

    void projectAll(List<ReceivedEvent> events);

    /** The projection of the event at {@code index} failed; the events before it were written. */
    class Failure extends RuntimeException {
        private final int index;

        public Failure(int index, RuntimeException cause) {
            super("the projection of event " + index + " of the batch failed: " + cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
