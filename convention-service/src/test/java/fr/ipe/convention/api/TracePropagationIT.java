package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.Topics;
import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The trace of the request that sent a command reaches the Kafka records of its events, and its problems. */
@ConventionServiceIT
class TracePropagationIT {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;

    @Test
    void theCommandsTraceparentIsOnItsEventsRecordsAndTheTraceIdInItsProblems() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String national = TestTokens.get().bearer(Roles.NATIONAL);
        var drafted = api.post("/api/conventions", national, Demo.nationalConvention2007(),
                "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.body().get("conventionId").asText();

        ConsumerRecord<String, byte[]> record = firstRecordOf(id);
        assertThat(record).isNotNull();
        assertThat(record.headers().lastHeader("traceparent")).isNotNull();
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII))
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01");

        var missing = api.get("/api/conventions/" + UUID.randomUUID(), national);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("traceId").asText()).matches("[0-9a-f]{32}");
    }

    private static ConsumerRecord<String, byte[]> firstRecordOf(String conventionId) {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "trace-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CONVENTIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (conventionId.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        return null;
    }
}
