package fr.ipe.platform.axon;

import fr.ipe.contracts.EventCatalog;
import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.platform.kafka.CloudEventCodec;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes every {@link PublishedEvent} of this service's event store to Kafka as a binary-mode CloudEvent, keyed by
 * aggregate id, to its contract's topic and to any further topic the contract names (the funding feed). It runs in a tracking processor over the event store (the outbox): a batch's sends are awaited
 * before the unit of work commits, so the token only moves once the broker acknowledged them; a failed send rolls the
 * batch back and the processor retries it. Delivery is therefore at least once, in aggregate order.
 */
@ProcessingGroup(KafkaPublisher.PROCESSING_GROUP)
public class KafkaPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaPublisher.class.getName() + ".pending";
    private static final long ACK_TIMEOUT_SECONDS = 60;
    /** The W3C trace context header, read from the event's metadata (see {@code TraceparentCorrelation}). */
    static final String TRACEPARENT = "traceparent";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventCodec codec;
    private final String source;
    private final MeterRegistry meters;

    public KafkaPublisher(KafkaTemplate<String, CloudEvent> kafka, CloudEventCodec codec, String source,
                          MeterRegistry meters) {
        this.kafka = kafka;
        this.codec = codec;
        this.source = source;
        this.meters = meters;
    }

    /**
     * Opens the producer and loads the topics' metadata before the first command, so the first event after a start
     * does not pay for them (several hundred milliseconds).
     */
    public void warmUp() {
        for (String topic : Topics.ALL) {
            kafka.partitionsFor(topic);
        }
    }

    @EventHandler
    public void on(PublishedEvent event, DomainEventMessage<?> message) {
        pendingSends().addAll(send(event, message));
    }

    /**
     * Sends {@code messages} (events of the published language) again, outside the tracking processor, and waits once
     * until the broker took them all: ops' re-publication of the event store, a batch at a time. The CloudEvents ids
     * are the events' own, so consumers recognise what they already applied. Answers the number of records sent.
     */
    public int republish(List<DomainEventMessage<?>> messages) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
        for (DomainEventMessage<?> message : messages) {
            sends.addAll(send((PublishedEvent) message.getPayload(), message));
        }
        awaitAcknowledgements(sends);
        return sends.size();
    }

    /** One record per topic of the event's contract, keyed by aggregate id, carrying the command's traceparent. */
    private List<CompletableFuture<SendResult<String, CloudEvent>>> send(PublishedEvent event, DomainEventMessage<?> message) {
        EventContract contract = EventCatalog.contractOf(event.getClass());
        CloudEvent cloudEvent = codec.encode(message.getIdentifier(), message.getTimestamp(),
                message.getSequenceNumber(), source, event);
        List<String> topics = new ArrayList<>(List.of(contract.topic()));
        topics.addAll(List.of(contract.alsoPublishedTo()));
        List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
        for (String topic : topics) {
            ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(topic, null,
                    message.getTimestamp().toEpochMilli(), event.aggregateId(), cloudEvent);
            if (message.getMetaData().get(TRACEPARENT) instanceof String traceparent) {
                // the trace of the request that sent the command goes on to the consumers
                record.headers().add(TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
            }
            sends.add(kafka.send(record).thenApply(result -> {
                meters.counter("ipe.events.published", "topic", topic, "type", cloudEvent.getType()).increment();
                return result;
            }));
        }
        return sends;
    }

    /** The sends of the current batch, awaited once when the batch's unit of work prepares to commit. */
    private List<CompletableFuture<SendResult<String, CloudEvent>>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
            batch.onPrepareCommit(uow -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, CloudEvent>>> sends) {
        kafka.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            meters.counter("ipe.events.publish.failures").increment();
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be published again", e);
        }
    }
}
