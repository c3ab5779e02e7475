package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.platform.kafka.CloudEventCodec;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes contract events to their topics as a write service's publisher does (CloudEvents keyed by aggregate, with
 * their sequence), in bulk: how a benchmark loads years of history without waiting for the write path.
 */
public final class ContractEventWriter implements AutoCloseable {

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    private final KafkaProducer<String, CloudEvent> producer;
    private long written;

    public ContractEventWriter(String bootstrap) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new CloudEventSerializer());
    }

    /** Writes one aggregate's history to {@code topic}, sequences 0 to n-1. */
    public void history(String topic, List<? extends PublishedEvent> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            PublishedEvent event = events.get(sequence);
            producer.send(new ProducerRecord<>(topic, event.aggregateId(), codec.encode(UUID.randomUUID().toString(),
                    Instant.now(), sequence, "benchmark", event)));
            written++;
        }
    }

    public long written() {
        return written;
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
    }
}
