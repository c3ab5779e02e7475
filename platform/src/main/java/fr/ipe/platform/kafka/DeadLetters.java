package fr.ipe.platform.kafka;

import com.mongodb.ErrorCategory;
import fr.ipe.contracts.Topics;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;

/**
 * The messages the projections could not process, parked on {@code <topic>.dlt} with the error in their headers: listed
 * for ops, redriven to their topic once the cause is fixed (consumers are idempotent, so a message applied meanwhile is
 * a no-op), or discarded with a reason. Every decision is kept in the {@code dead_letter_audit} collection, which is
 * also what makes a parked message "handled".
 */
public class DeadLetters implements DisposableBean {

    public static final int MAX_LISTED = 500;
    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> consumerConfig;
    private final KafkaProducer<String, byte[]> producer;
    private final MongoDatabase database;
    private final List<String> topics;

    /** A parked message: where it is, what it carried, why it failed, and what ops did with it. */
    public record DeadLetter(String id, String topic, int partition, long offset, String key, Instant parkedAt,
                             Map<String, String> cloudEvent, Map<String, String> error, String data, String handled) {
    }

    /** The message {@code id} does not exist on that dead-letter topic. */
    public static class UnknownDeadLetterException extends RuntimeException {
        public UnknownDeadLetterException(String id) {
            super("no dead letter " + id);
        }
    }

    /** Another decision was already taken for the message. */
    public static class AlreadyHandledException extends RuntimeException {
        public AlreadyHandledException(String id, String how) {
            super("dead letter " + id + " was already " + how);
        }
    }

    /** The dead letters of {@code topics}, the topics a service projects. */
    public DeadLetters(KafkaProperties kafka, ObjectProvider<SslBundles> ssl, MongoDatabase database,
                       List<String> topics) {
        this(kafka.buildConsumerProperties(ssl.getIfAvailable()), kafka.buildProducerProperties(ssl.getIfAvailable()),
                database, topics);
    }

    DeadLetters(Map<String, Object> consumerProperties, Map<String, Object> producerProperties, MongoDatabase database,
                List<String> topics) {
        this.topics = List.copyOf(topics);
        Map<String, Object> consumer = TopicReads.withoutGroup(consumerProperties, "reporting-dead-letters");
        consumer.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READ_TIMEOUT.toMillis());
        this.consumerConfig = consumer;
        Map<String, Object> producer = new HashMap<>(producerProperties);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "reporting-dead-letter-redrive");
        this.producer = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer());
        this.database = database;
    }

    /** The projected topics whose dead letters ops handle. */
    public List<String> topics() {
        return topics;
    }

    /** Dead letters of {@code topic} (a projected topic), oldest first; handled ones only when asked. */
    public List<DeadLetter> list(String topic, boolean includeHandled, int limit) {
        Map<String, Document> audit = audit(topic);
        List<DeadLetter> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : read(topic, r -> true)) {
            Document decision = audit.get(idOf(record));
            if (decision == null || includeHandled) {
                found.add(present(record, decision));
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    /** Dead letters of {@code topic} not yet redriven nor discarded. */
    public long pending(String topic) {
        Set<String> handled = audit(topic).keySet();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            long parked = partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            return Math.max(0, parked - handled.size());
        }
    }

    /** Sends the parked message back to its topic, as it was, and records who did it. */
    public DeadLetter redrive(String topic, String id, String by) {
        ConsumerRecord<String, byte[]> record = find(topic, id);
        requireUnhandled(topic, id);
        return redrive(topic, record, by);
    }

    /** Sends every pending message of {@code topic}'s dead-letter topic back, oldest first (at most MAX_LISTED). */
    public List<DeadLetter> redriveAll(String topic, String by) {
        Set<String> handled = audit(topic).keySet();
        List<DeadLetter> redriven = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : read(topic, r -> !handled.contains(idOf(r)))) {
            redriven.add(redrive(topic, record, by));
        }
        return redriven;
    }

    private DeadLetter redrive(String topic, ConsumerRecord<String, byte[]> record, String by) {
        String id = idOf(record);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        try {
            producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while redriving " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the redriven message " + id, e);
        }
        // after the send: a decision recorded twice only means the message was redriven twice, which is harmless
        return present(record, decide(topic, record, "REDRIVEN", null, by));
    }

    /** Leaves the parked message where it is, handled, with the reason kept in the audit log. */
    public DeadLetter discard(String topic, String id, String reason, String by) {
        ConsumerRecord<String, byte[]> record = find(topic, id);
        requireUnhandled(topic, id);
        return present(record, decide(topic, record, "DISCARDED", reason, by));
    }

    /** Records the decision; answers it as kept in the audit log. */
    private Document decide(String topic, ConsumerRecord<String, byte[]> record, String action, String reason,
                            String by) {
        Document decision = new Document("_id", topic + ":" + idOf(record)).append("topic", topic)
                .append("partition", record.partition()).append("offset", record.offset()).append("action", action)
                .append("reason", reason).append("by", by).append("at", Date.from(Instant.now()));
        try {
            auditLog().insertOne(decision);
            return decision;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new AlreadyHandledException(idOf(record), "handled");
            }
            throw e;
        }
    }

    private void requireUnhandled(String topic, String id) {
        Document decision = audit(topic).get(id);
        if (decision != null) {
            throw new AlreadyHandledException(id, decision.getString("action").toLowerCase());
        }
    }

    private ConsumerRecord<String, byte[]> find(String topic, String id) {
        return read(topic, r -> idOf(r).equals(id)).stream().findFirst()
                .orElseThrow(() -> new UnknownDeadLetterException(id));
    }

    /** The records of {@code topic}'s dead-letter topic up to its end when the read began, at most MAX_LISTED kept. */
    private List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> keep) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicReads.toEnd(consumer, Topics.deadLetter(topic), READ_TIMEOUT, record -> {
                if (keep.test(record)) {
                    records.add(record);
                }
                return records.size() < MAX_LISTED;
            });
        }
        records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        return records;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = Optional.ofNullable(consumer.partitionsFor(Topics.deadLetter(topic), READ_TIMEOUT))
                .orElse(List.of());
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private static DeadLetter present(ConsumerRecord<String, byte[]> record, Document decision) {
        Map<String, String> cloudEvent = new LinkedHashMap<>();
        Map<String, String> error = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String value = header.value() == null ? null : text(header);
            if (header.key().startsWith("ce_")) {
                cloudEvent.put(header.key().substring(3), value);
            } else if (header.key().startsWith(DLT_HEADER_PREFIX) && !header.key().contains("stacktrace")) {
                error.put(header.key().substring(DLT_HEADER_PREFIX.length()), value);
            }
        }
        String handled = decision == null ? null : decision.getString("action");
        return new DeadLetter(idOf(record), record.topic(), record.partition(), record.offset(), record.key(),
                Instant.ofEpochMilli(record.timestamp()), cloudEvent, error,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), handled);
    }

    private static String text(Header header) {
        byte[] value = header.value();
        // Spring Kafka writes the original partition and offset as binary numbers
        if (header.key().endsWith("original-partition") && value.length == 4) {
            return Integer.toString(java.nio.ByteBuffer.wrap(value).getInt());
        }
        if ((header.key().endsWith("original-offset") || header.key().endsWith("original-timestamp")) && value.length == 8) {
            return Long.toString(java.nio.ByteBuffer.wrap(value).getLong());
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    static String idOf(ConsumerRecord<?, ?> record) {
        return record.partition() + "@" + record.offset();
    }

    private Map<String, Document> audit(String topic) {
        Map<String, Document> decisions = new HashMap<>();
        for (Document d : auditLog().find(Filters.eq("topic", topic))) {
            decisions.put(d.getInteger("partition") + "@" + d.getLong("offset"), d);
        }
        return decisions;
    }

    private MongoCollection<Document> auditLog() {
        return database.getCollection("dead_letter_audit");
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
