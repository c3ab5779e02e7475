package fr.ipe.local.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind its topics: a benchmark waits until reporting has applied everything a
 * preparation wrote, so the measure that follows does not also pay for the preparation's backlog.
 */
final class ConsumerLag {

    private static final String REPORTING = "reporting-service";

    private ConsumerLag() {
    }

    static void awaitReportingCaughtUp(String bootstrap, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            while (true) {
                long lag = lag(admin);
                if (lag == 0) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reporting still " + lag + " records behind after " + timeout);
                }
                Thread.sleep(200);
            }
        }
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(REPORTING)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet()
                .stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        return committed.entrySet().stream().filter(e -> e.getValue() != null)
                .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum();
    }
}
