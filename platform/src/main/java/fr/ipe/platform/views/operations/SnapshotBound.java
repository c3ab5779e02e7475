package fr.ipe.platform.views.operations;

import fr.ipe.platform.kafka.ReceivedEvent;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * How far an as-of snapshot reads the stream: the events whose CloudEvents time is at or before {@code at}, or those
 * below {@code position} (per topic partition, written {@code ipe.actions.v1-0}, the offset of the first event left out;
 * a partition not named: none of it). A position is exact to the event; keep the one a snapshot answers with a report.
 */
public record SnapshotBound(Instant at, Map<String, Long> position) {

    public SnapshotBound {
        if ((at == null) == (position == null)) {
            throw new IllegalArgumentException("a snapshot is bounded by an instant or by a position");
        }
        position = position == null ? null : Map.copyOf(position);
    }

    public boolean includes(ConsumerRecord<?, ?> record, ReceivedEvent event) {
        if (at != null) {
            return !event.time().toInstant().isAfter(at);
        }
        return record.offset() < position.getOrDefault(partitionOf(record), 0L);
    }

    public static String partitionOf(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition();
    }
}
