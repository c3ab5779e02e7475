package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.Topics;
import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ops publish a range of the event store again: the same events, with the same CloudEvents ids. */
@ConventionServiceIT
class RepublicationIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    final TestTokens tokens = TestTokens.get();

    @Test
    void aRangeOfTheEventStoreIsPublishedAgainWithTheSameIds() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String national = tokens.bearer(Roles.NATIONAL);
        String id = api.post("/api/conventions", national, Demo.nationalConvention2007()).body().get("conventionId").asText();
        api.post("/api/conventions/" + id + "/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2007-03-01"));
        List<String> published = ids(id, 2);
        assertThat(published).hasSize(2);

        long first = jdbc.queryForObject("SELECT min(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, id);
        long last = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, id);
        String path = "/api/conventions/operations/republications";
        assertThat(api.post(path, national, Map.of("fromGlobalIndex", first)).status()).isEqualTo(403);
        var reversed = api.post(path, tokens.bearer(Roles.OPS), Map.of("fromGlobalIndex", last, "toGlobalIndex", first));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body().get("field").asText()).isEqualTo("toGlobalIndex");

        var again = api.post(path, tokens.bearer(Roles.OPS), Map.of("fromGlobalIndex", first, "toGlobalIndex", last));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        JsonNode outcome = again.body();
        assertThat(outcome.get("eventsRead").asLong()).isEqualTo(last - first + 1);
        assertThat(outcome.get("lastGlobalIndex").asLong()).isEqualTo(last);
        List<String> twice = ids(id, 4);
        assertThat(twice).hasSize(4);
        assertThat(twice.subList(2, 4)).as("the same CloudEvents ids, in the same order").isEqualTo(published);
    }

    /** The CloudEvents ids of {@code subject}'s records on the conventions topic, once {@code expected} are there. */
    private static List<String> ids(String subject, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CONVENTIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ids.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (subject.equals(record.key())) {
                        ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return ids;
    }
}
