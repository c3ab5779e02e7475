package fr.ipe.platform.views;

import fr.ipe.platform.kafka.ReceivedEvent;
import java.util.Set;

/**
 * One view fed from the context topics. Every projection receives every event and ignores those it does not follow;
 * it writes only through the {@link ViewStore} it is handed (the live view's current generation, or the generation a
 * rebuild or a snapshot fills), so the same function builds the live view, a rebuilt one and a past one. It must be
 * idempotent (duplicates and replays arrive): {@link Facts} guard each fact by sequence.
 */
public interface ViewProjection {

    /** The view this projection feeds: what ops name to rebuild it, and the unit that switches generation at once. */
    String view();

    /** The collections of the view this projection writes. */
    Set<String> collections();

    /** Makes ready a generation of the view's collections (its indexes), the current one at start-up or a new one. */
    default void prepare(ViewStore store) {
    }

    /** Applies {@code event} to {@code store}; answers false for an event the view already reflects or ignores. */
    boolean project(ReceivedEvent event, ViewStore store);
}
