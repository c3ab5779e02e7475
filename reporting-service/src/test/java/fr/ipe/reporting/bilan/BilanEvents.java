package fr.ipe.reporting.bilan;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.action.ActionCarriedOut;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionPlanned;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.testkit.engines.Engines;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishes contract events to Kafka as a write service would: CloudEvents keyed by aggregate, with their sequence. */
final class BilanEvents implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
            Engines.get().kafkaBootstrapServers(), "enable.idempotence", true, "acks", "all", "linger.ms", 5),
            new org.apache.kafka.common.serialization.StringSerializer(), new CloudEventSerializer());
    private final CloudEventCodec codec;

    BilanEvents(CloudEventCodec codec) {
        this.codec = codec;
    }

    Future<RecordMetadata> send(PublishedEvent event, long sequence) {
        String topic = event.getClass().getPackageName().endsWith("mission") ? Topics.MISSIONS : Topics.ACTIONS;
        return producer.send(new ProducerRecord<>(topic, event.aggregateId(),
                codec.encode(UUID.randomUUID().toString(), Instant.now(), sequence, "test", event)));
    }

    /** Sends {@code history} with sequences 0.. and waits until the broker took it. */
    void sendAll(List<? extends PublishedEvent> history) {
        for (int i = 0; i < history.size(); i++) {
            send(history.get(i), i);
        }
        producer.flush();
    }

    void flush() {
        producer.flush();
    }

    static ReceivedEvent received(PublishedEvent event, long sequence) {
        return new ReceivedEvent(UUID.randomUUID().toString(), "t", "test", event.aggregateId(), event.academieScope(),
                sequence, Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC), event, Topics.ACTIONS, 0, 0);
    }

    /** A validated action: planned, carried out with {@code figures}, validated. */
    static List<PublishedEvent> validated(String id, String academie, String theme, LocalDate first, LocalDate last,
                                          ActionPartners partners, ActionFigures figures) {
        return List.of(
                new ActionPlanned(id, academie, List.of("ipe-" + id), "2007", theme, "Action " + id, first, last,
                        partners, null, first),
                new ActionCarriedOut(id, academie, figures, last),
                new ActionValidated(id, academie, last));
    }

    @Override
    public void close() {
        producer.close();
    }
}
