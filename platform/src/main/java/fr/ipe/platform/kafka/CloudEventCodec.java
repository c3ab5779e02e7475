package fr.ipe.platform.kafka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.EventCatalog;
import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.PublishedEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Published events to CloudEvents 1.0 (JSON data) and back. */
public class CloudEventCodec {

    private final ObjectMapper json;
    /** A tolerant reader: a producer may add properties to an event (an additive contract change) without poisoning
     * the consumers that do not know them yet. */
    private final ObjectMapper reader;

    public CloudEventCodec(ObjectMapper json) {
        this.json = json;
        this.reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public CloudEvent encode(String eventId, Instant time, long sequence, String source, PublishedEvent event) {
        EventContract contract = EventCatalog.contractOf(event.getClass());
        try {
            CloudEventBuilder builder = CloudEventBuilder.v1()
                    .withId(eventId)
                    .withType(contract.type())
                    .withSource(URI.create(source))
                    .withSubject(event.aggregateId())
                    .withTime(time.atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(json.writeValueAsBytes(event))
                    .withExtension(CloudEventAttributes.SEQUENCE, sequence);
            if (event.academieScope() != null) {
                builder.withExtension(CloudEventAttributes.ACADEMIE, event.academieScope());
            }
            return builder.build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode " + contract.type() + " " + eventId, e);
        }
    }

    /** Reads a binary-mode (or structured-mode) CloudEvent off a record; anything unreadable is a poison message. */
    public ReceivedEvent decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
        } catch (RuntimeException e) {
            throw new PoisonMessageException("not a CloudEvent at " + position(record), e);
        }
        Class<? extends PublishedEvent> type = EventCatalog.byType(event.getType()).orElseThrow(() ->
                new PoisonMessageException("unknown event type " + event.getType() + " at " + position(record), null));
        Object sequence = event.getExtension(CloudEventAttributes.SEQUENCE);
        if (sequence == null || event.getData() == null || event.getSubject() == null) {
            throw new PoisonMessageException("missing subject, sequence or data at " + position(record), null);
        }
        PublishedEvent payload;
        long sequenceNumber;
        try {
            payload = reader.readValue(event.getData().toBytes(), type);
            sequenceNumber = Long.parseLong(sequence.toString());
        } catch (Exception e) {
            throw new PoisonMessageException("unreadable " + event.getType() + " at " + position(record), e);
        }
        Object academie = event.getExtension(CloudEventAttributes.ACADEMIE);
        return new ReceivedEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                academie == null ? null : academie.toString(), sequenceNumber, event.getTime(), payload,
                record.topic(), record.partition(), record.offset());
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
