package fr.ipe.platform.kafka;

import fr.ipe.contracts.PublishedEvent;
import java.time.OffsetDateTime;

/** A published event as a consumer receives it: the typed record plus its CloudEvents attributes and position. */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        String academie,
        long sequence,
        OffsetDateTime time,
        PublishedEvent payload,
        String topic,
        int partition,
        long offset) {
}
