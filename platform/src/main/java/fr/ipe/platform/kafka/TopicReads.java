package fr.ipe.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reading a topic outside any consumer group, as reports that page, list or replay it do: consumer settings without a
 * group or committed offsets, and a read of every partition from its beginning to its end as it was when the read began.
 */
public final class TopicReads {

    private TopicReads() {
    }

    /** {@code properties} without group settings, never committing, under {@code clientId}. */
    public static Map<String, Object> withoutGroup(Map<String, Object> properties, String clientId) {
        Map<String, Object> config = new HashMap<>(properties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /**
     * Hands every record of {@code topic} below the end offsets taken at the start to {@code onRecord}, partition by
     * partition as polled, until it answers false. Answers whether the read reached the end within {@code timeout}.
     */
    public static boolean toEnd(KafkaConsumer<String, byte[]> consumer, String topic, Duration timeout,
                         Predicate<ConsumerRecord<String, byte[]>> onRecord) {
        List<TopicPartition> partitions = Optional.ofNullable(consumer.partitionsFor(topic, timeout)).orElse(List.of())
                .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Set<TopicPartition> done = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done.size() < partitions.size()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (TopicPartition p : partitions) {
                if (consumer.position(p) >= end.get(p)) {
                    done.add(p);
                }
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                        && !onRecord.test(record)) {
                    return true;
                }
            }
        }
        return true;
    }
}
