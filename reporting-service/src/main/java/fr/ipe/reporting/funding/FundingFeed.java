package fr.ipe.reporting.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.Topics;
import fr.ipe.platform.kafka.TopicReads;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * The funding feed: {@code ipe.funding.v1} (one partition, kept forever, never compacted) read by offset, straight from
 * Kafka. A page is the events after an offset, as CloudEvents in the JSON event format; the cursor is the offset of the
 * last record the page covers, so it stays valid across restarts and reporting rebuilds (nothing here is in MongoDB).
 *
 * <p>One {@link KafkaConsumer} without a consumer group, assigned to partition 0 and positioned by {@code seek} for
 * every page. A consumer is not thread-safe, so pages are read one at a time under a lock; after any Kafka failure the
 * consumer is closed and a fresh one is made for the next page.
 */
@Component
public class FundingFeed implements DisposableBean {

    /** Hard upper bound of a page. */
    public static final int MAX_PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(FundingFeed.class);
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final Duration MAX_POLL = Duration.ofMillis(250);

    private final TopicPartition partition;
    private final Map<String, Object> config;
    private final Duration timeout;
    private final JsonFormat format = new JsonFormat();
    private final ReentrantLock lock = new ReentrantLock();
    private KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;

    /**
     * A page: the events in offset order, and the offset of the last record it covers, which is {@code after} when no
     * record was read (null when reading from the beginning found nothing).
     */
    public record Page(List<JsonNode> events, Long lastOffset) {
    }

    /** The broker did not answer in time, or the feed is shutting down. */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Autowired
    public FundingFeed(KafkaProperties kafka, ObjectProvider<SslBundles> sslBundles,
            @Value("${ipe.reporting.funding-feed.timeout:5s}") Duration timeout) {
        this(kafka.buildConsumerProperties(sslBundles.getIfAvailable()), Topics.FUNDING, timeout);
    }

    /** A feed over partition 0 of {@code topic}, with the consumer {@code properties} (any group settings are dropped). */
    public FundingFeed(Map<String, Object> properties, String topic, Duration timeout) {
        Map<String, Object> config = TopicReads.withoutGroup(properties, "reporting-funding-feed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_PAGE);
        // Polls only ever ask for records known to exist (below the end offset): a long poll would only delay the
        // next page behind a fetch left in flight at the end of the log.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        // Every position is set by seek; should the log ever start after it, fail rather than jump silently.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        int requestTimeout = (int) Math.max(1000, Math.min(timeout.toMillis(), 30_000));
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, requestTimeout);
        this.config = config;
        this.partition = new TopicPartition(topic, 0);
        this.timeout = timeout;
    }

    /**
     * Up to {@code limit} events after offset {@code after} (from the beginning when null), stopping at the end of the
     * partition as it was when the read started, or when the time bound is spent (a partial page is still a valid
     * page; waiting for a busy feed has a bound of its own). Records that are not readable CloudEvents are left out of
     * the page, but the page's last offset still moves past them.
     */
    public Page read(Long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_PAGE);
        }
        if (after != null && after < 0) {
            throw new IllegalArgumentException("after must not be negative");
        }
        try {
            if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new UnavailableException("the funding feed is busy", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for the funding feed", e);
        }
        try {
            if (closed) {
                throw new UnavailableException("the funding feed is shutting down", null);
            }
            return readLocked(after, limit, System.nanoTime() + timeout.toNanos());
        } catch (KafkaException e) {
            log.warn("Funding feed read failed after offset {}: {}", after, e.toString());
            discardConsumer();
            throw new UnavailableException("Kafka did not answer: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private Page readLocked(Long after, int limit, long deadline) {
        KafkaConsumer<String, byte[]> kafka = consumer();
        List<TopicPartition> partitions = List.of(partition);
        long end = kafka.endOffsets(partitions, remaining(deadline)).get(partition);
        // after >= end - 1 rather than after + 1 >= end: a cursor of Long.MAX_VALUE is past the end, not a wrap to the start
        if (after == null ? end == 0 : after >= end - 1) {
            return new Page(List.of(), after);
        }
        long start = after == null ? 0 : after + 1;
        long beginning = kafka.beginningOffsets(partitions, remaining(deadline)).get(partition);
        kafka.seek(partition, Math.max(start, beginning));

        List<JsonNode> events = new ArrayList<>();
        Long last = after;
        reading:
        while (events.size() < limit) {
            Duration remaining = remaining(deadline);
            if (remaining.isZero() || kafka.position(partition, remaining) >= end) {
                break;
            }
            List<ConsumerRecord<String, byte[]>> records = kafka.poll(min(remaining(deadline), MAX_POLL)).records(partition);
            for (ConsumerRecord<String, byte[]> record : records) {
                if (record.offset() >= end) {
                    break reading;
                }
                last = record.offset();
                render(record).ifPresent(events::add);
                if (events.size() == limit) {
                    break reading;
                }
            }
        }
        return new Page(events, last);
    }

    /** The record as a CloudEvent in the JSON event format, {@code data} embedded as JSON; empty when unreadable. */
    private Optional<JsonNode> render(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
            JsonNode json = TREES.readTree(format.serialize(event));
            if (json != null && json.isObject()) {
                return Optional.of(json);
            }
            log.warn("Funding feed skips {}-{}@{}: not a JSON object", record.topic(), record.partition(), record.offset());
        } catch (Exception unreadable) {
            log.warn("Funding feed skips {}-{}@{}: not a readable CloudEvent ({})", record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
        }
        return Optional.empty();
    }

    private KafkaConsumer<String, byte[]> consumer() {
        if (consumer == null) {
            KafkaConsumer<String, byte[]> created = new KafkaConsumer<>(config, new StringDeserializer(),
                    new ByteArrayDeserializer());
            created.assign(List.of(partition));
            consumer = created;
        }
        return consumer;
    }

    private void discardConsumer() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                log.debug("Closing the funding feed consumer failed", e);
            }
            consumer = null;
        }
    }

    @Override
    public void destroy() {
        boolean locked = false;
        try {
            locked = lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            closed = true;
            if (locked) {
                discardConsumer();
            } else if (consumer != null) {
                consumer.wakeup();
            }
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private static Duration remaining(long deadline) {
        long nanos = deadline - System.nanoTime();
        return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(nanos);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
