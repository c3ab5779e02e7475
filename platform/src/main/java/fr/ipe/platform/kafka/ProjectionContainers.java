package fr.ipe.platform.kafka;

import fr.ipe.contracts.Topics;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Builds the consumer containers that feed projections. Offsets are committed after the projection returned, so a
 * crash replays rather than loses. A message that cannot be processed goes to {@code <topic>.dlt} with the error in
 * its headers, and consumption goes on; an outage of the view store is waited out instead.
 */
public class ProjectionContainers {

    private static final Set<String> TRANSIENT_FAILURES = Set.of(
            "com.mongodb.MongoSocketException", "com.mongodb.MongoSocketOpenException",
            "com.mongodb.MongoSocketReadException", "com.mongodb.MongoSocketWriteException",
            "com.mongodb.MongoTimeoutException", "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException", ConnectException.class.getName());

    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> deadLetters;
    private final CloudEventCodec codec;

    public ProjectionContainers(ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> deadLetters,
                                CloudEventCodec codec) {
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.codec = codec;
    }

    /** A container (start it, or declare it as a bean) reading {@code topics} as consumer group {@code groupId}. */
    public ConcurrentMessageListenerContainer<String, byte[]> create(String groupId, Collection<String> topics,
                                                                     EventProjection projection) {
        ContainerProperties properties = new ContainerProperties(topics.toArray(String[]::new));
        properties.setGroupId(groupId);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((MessageListener<String, byte[]>) record ->
                projection.project(codec.decode(record)));
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setBeanName("projection-" + groupId);
        container.setCommonErrorHandler(errorHandler());
        return container;
    }

    /**
     * A container handing each poll to {@code projection} as one batch. A record that cannot be decoded, or whose
     * projection fails, is named by its index: what came before it is kept, it goes to the dead-letter topic (a poison
     * message) or is retried (an outage of the view store, waited out), and consumption goes on after it.
     */
    public ConcurrentMessageListenerContainer<String, byte[]> createBatch(String groupId, Collection<String> topics,
                                                                          BatchProjection projection) {
        ContainerProperties properties = new ContainerProperties(topics.toArray(String[]::new));
        properties.setGroupId(groupId);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((BatchMessageListener<String, byte[]>) records -> {
            List<ReceivedEvent> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    events.add(codec.decode(record));
                } catch (PoisonMessageException poison) {
                    project(projection, events, 0);
                    throw new BatchListenerFailedException(poison.getMessage(), poison, events.size());
                }
            }
            project(projection, events, 0);
        });
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setBeanName("projection-" + groupId);
        container.setCommonErrorHandler(errorHandler());
        return container;
    }

    private static void project(BatchProjection projection, List<ReceivedEvent> events, int offset) {
        if (events.isEmpty()) {
            return;
        }
        try {
            projection.projectAll(events);
        } catch (BatchProjection.Failure failure) {
            throw new BatchListenerFailedException(failure.getMessage(), failure.getCause(), failure.index());
        } catch (RuntimeException failure) {
            // nothing of the batch is known to be written: from its first record, waited out if transient
            throw new BatchListenerFailedException(failure.getMessage(), failure, offset);
        }
    }

    private DefaultErrorHandler errorHandler() {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        // a batch names its failed record by wrapping the failure: the dead letter carries the failure itself
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> recoverer.accept(record,
                withoutBatch(failure)), new FixedBackOff(200L, 2));
        handler.addNotRetryableExceptions(PoisonMessageException.class);
        handler.setBackOffFunction((record, failure) -> isTransient(failure) ? waitOutOutage() : null);
        return handler;
    }

    private static ExponentialBackOff waitOutOutage() {
        ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
        backOff.setMaxInterval(10_000L);
        return backOff;
    }

    /** The failure as a record listener would have had it: a batch's wrapper naming the record is taken off. */
    private static Exception withoutBatch(Exception failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BatchListenerFailedException batch && batch.getCause() != null) {
                return new ListenerExecutionFailedException(batch.getMessage(), batch.getCause());
            }
        }
        return failure;
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (TRANSIENT_FAILURES.contains(c.getName())) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
