package fr.ipe.platform.views.operations;

import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.platform.views.GenerationWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the context topics from offset 0 into new generations ({@link GenerationWriter}), one poll at a time: each poll
 * is applied in memory and written at once, so memory holds one poll whatever the length of the stream. With a
 * {@link SnapshotBound}, only the events it includes are applied, and the position reached is kept.
 */
final class TopicReplay {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final CloudEventCodec codec;
    private GenerationWriter writer;
    private final SnapshotBound bound;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<String, Long> reached = new TreeMap<>();
    private final long startedAt = System.nanoTime();
    private volatile long read;
    private volatile long applied;
    private volatile long skipped;
    private long polls;
    private long pollNanos;
    private long applyNanos;
    private long writeNanos;

    TopicReplay(KafkaConsumer<String, byte[]> consumer, List<String> topics, CloudEventCodec codec,
                GenerationWriter writer, SnapshotBound bound) {
        this.consumer = consumer;
        this.codec = codec;
        this.writer = writer;
        this.bound = bound;
        for (String topic : topics) {
            Optional.ofNullable(consumer.partitionsFor(topic, Duration.ofSeconds(30))).orElse(List.of())
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        writer.prepare();
    }

    /** The end of every partition, now. */
    Map<TopicPartition, Long> head() {
        return consumer.endOffsets(partitions);
    }

    /** The events between the position read and {@code until}. */
    long lagTo(Map<TopicPartition, Long> until) {
        long behind = 0;
        for (TopicPartition partition : partitions) {
            behind += Math.max(0, until.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        return behind;
    }

    /** Polls once and applies what came. */
    void readOnce() {
        long start = System.nanoTime();
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        long polled = System.nanoTime();
        pollNanos += polled - start;
        if (records.isEmpty()) {
            return;
        }
        polls++;
        Set<String> subjects = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() != null) {
                subjects.add(record.key());
            }
        }
        writer.begin(subjects);
        for (ConsumerRecord<String, byte[]> record : records) {
            apply(record);
        }
        long applied = System.nanoTime();
        applyNanos += applied - polled;
        writer.flush();
        // a batch is written while the next is read and applied: what shows here is the wait for the previous one
        writeNanos += System.nanoTime() - applied;
    }

    /** From now on applies what it reads with {@code next} (the rebuild's tail, once switched). */
    void writeWith(GenerationWriter next) {
        finish();
        writer = next;
    }

    /** Waits until everything applied is written. */
    void finish() {
        long start = System.nanoTime();
        writer.finish();
        writeNanos += System.nanoTime() - start;
    }

    /** Where the replay's time went, for the log: polls, applying (reads of facts included), writing. */
    String timings() {
        return String.format("%d polls; %.1f s polling, %.1f s decoding and applying, %.1f s waiting for writes", polls,
                pollNanos / 1e9, applyNanos / 1e9, writeNanos / 1e9);
    }

    /** Reads until every partition reached {@code until}, or {@code stop} says so. */
    void readTo(Map<TopicPartition, Long> until, BooleanSupplier stop) {
        while (!stop.getAsBoolean() && lagTo(until) > 0) {
            readOnce();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        read++;
        ReceivedEvent event;
        try {
            event = codec.decode(record);
        } catch (RuntimeException unreadable) {
            // the live stream parked it in the dead-letter topic: a redrive brings it back to the topic, and here
            skipped++;
            return;
        }
        if (bound != null) {
            if (!bound.includes(record, event)) {
                return;
            }
            reached.merge(SnapshotBound.partitionOf(record), record.offset() + 1, Math::max);
        }
        if (writer.apply(event)) {
            applied++;
        }
    }

    long read() {
        return read;
    }

    long applied() {
        return applied;
    }

    long skipped() {
        return skipped;
    }

    /** Events per second since the replay started. */
    double rate() {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        return seconds < 0.001 ? 0 : read / seconds;
    }

    /** Per partition read, the offset after the last event the bound included. */
    Map<String, Long> reached() {
        return new TreeMap<>(reached);
    }
}
