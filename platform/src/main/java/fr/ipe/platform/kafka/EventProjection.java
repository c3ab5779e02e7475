package fr.ipe.platform.kafka;

/**
 * Projects received events into a view. Must be idempotent: an event can arrive twice (at-least-once delivery) and
 * every event arrives again on a replay.
 */
@FunctionalInterface
public interface EventProjection {
    void project(ReceivedEvent event);
}
