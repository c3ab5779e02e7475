package fr.ipe.platform.axon;

import fr.ipe.contracts.PublishedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a range of this service's event store to Kafka again (a topic lost or truncated, a new consumer that needs
 * the history), in store order, each event with its own CloudEvents id and sequence, so consumers that already applied
 * it ignore it. The live publisher goes on meanwhile: an event may then arrive twice, which consumers are built for.
 */
public class EventStoreRepublication {

    /** The most events one request re-publishes; ops page through longer histories. */
    public static final long MAX_EVENTS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(EventStoreRepublication.class);
    private static final int END_OF_STORE_WAIT_MS = 200;
    /** Events sent before their acknowledgements are awaited together (one wait per event made ops wait minutes). */
    private static final int BATCH = 500;

    private final EventStore events;
    private final KafkaPublisher publisher;

    public EventStoreRepublication(EventStore events, KafkaPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    /**
     * What a re-publication did: the global indexes it read (from, inclusive, to the last one read), the events read,
     * the records sent, and where to go on from when it stopped at {@link #MAX_EVENTS}.
     */
    public record Outcome(long fromGlobalIndex, Long lastGlobalIndex, long eventsRead, long recordsSent,
                          Long continueFrom) {
    }

    /** Re-publishes the events at global indexes {@code from} to {@code to} (both inclusive; null: to the head). */
    public Outcome republish(long from, Long to) {
        // the JDBC store tracks by a gap-aware token: no gap before the start, every index from it on is read
        TrackingToken after = from <= 1 ? null : GapAwareTrackingToken.newInstance(from - 1, Collections.emptySet());
        long read = 0;
        long sent = 0;
        Long last = null;
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(after)) {
            while (read < MAX_EVENTS && stream.hasNextAvailable(END_OF_STORE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> message = stream.peek().orElseThrow();
                long index = message.trackingToken().position().orElseThrow();
                if (to != null && index > to) {
                    break;
                }
                stream.nextAvailable();
                read++;
                last = index;
                if (message instanceof DomainEventMessage<?> domain && message.getPayload() instanceof PublishedEvent) {
                    batch.add(domain);
                    if (batch.size() == BATCH) {
                        sent += publisher.republish(batch);
                        batch.clear();
                    }
                }
            }
            sent += publisher.republish(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-publishing the event store", e);
        }
        Long continueFrom = read == MAX_EVENTS && last != null ? last + 1 : null;
        log.info("Re-published global indexes {} to {}: {} events read, {} records sent", from, last, read, sent);
        return new Outcome(from, last, read, sent, continueFrom);
    }
}
