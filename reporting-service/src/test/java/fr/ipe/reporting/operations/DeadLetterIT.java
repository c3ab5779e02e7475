package fr.ipe.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Ops list, discard and redrive the messages the projections parked on a dead-letter topic. */
@IpeServiceTest
@TestPropertySource(properties = "ipe.views.dead-letters.refresh=PT1S")
class DeadLetterIT {

    private static final String LIST = "/api/reports/operations/dead-letters?includeHandled=true&limit=500&topic="
            + Topics.CONVENTIONS;

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String ops;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        ops = tokens.bearer(Roles.OPS);
    }

    @Test
    void aPoisonMessageIsListedWithItsErrorAndDiscardedWithAReasonOnce() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.CONVENTIONS, key, "{not a cloud event".getBytes())).get();
        }
        JsonNode parked = await().atMost(Duration.ofSeconds(30)).until(() -> withKey(key), found -> found != null);
        assertThat(parked.get("error").get("exception-cause-fqcn").asText()).contains("PoisonMessageException");
        assertThat(parked.get("error").get("original-topic").asText()).isEqualTo(Topics.CONVENTIONS);
        assertThat(parked.get("data").asText()).isEqualTo("{not a cloud event");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "DEAD_LETTERS".equals(api.get("/actuator/health", null).body().get("status").asText()));

        String discard = "/api/reports/operations/dead-letters/" + parked.get("id").asText() + "/discard?topic="
                + Topics.CONVENTIONS;
        var withoutReason = api.post(discard, ops, Map.of("reason", " "));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().get("field").asText()).isEqualTo("reason");
        assertThat(api.post(discard, tokens.bearer(Roles.NATIONAL), Map.of("reason", "test")).status()).isEqualTo(403);
        var discarded = api.post(discard, ops, Map.of("reason", "Message de test envoyé à la main"));
        assertThat(discarded.status()).as(discarded.text()).isEqualTo(200);
        assertThat(discarded.body().get("handled").asText()).isEqualTo("DISCARDED");
        var again = api.post(discard, ops, Map.of("reason", "encore"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(withKey(key).get("handled").asText()).isEqualTo("DISCARDED");
    }

    @Test
    void aRedrivenMessageIsProjectedOnceItsCauseIsGone() throws Exception {
        // a valid event parked during an outage, as the error handler would have parked it
        String id = UUID.randomUUID().toString();
        ConventionDrafted drafted = new ConventionDrafted(id, ConventionKind.PARTNERSHIP, "Partenariat", "Stages",
                "lyon", List.of(new Party(PartyRole.RECTORAT, "Rectorat", "lyon")), LocalDate.of(2024, 9, 1), 3,
                LocalDate.of(2027, 8, 31), 0, List.of(), MonthDay.of(12, 31), null, List.of(), null);
        CloudEvent event = codec.encode(UUID.randomUUID().toString(), Instant.now(), 0, "test", drafted);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers()), new StringSerializer(), new CloudEventSerializer())) {
            ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(Topics.deadLetter(Topics.CONVENTIONS), id, event);
            record.headers().add("kafka_dlt-original-topic", Topics.CONVENTIONS.getBytes(StandardCharsets.UTF_8));
            record.headers().add("kafka_dlt-exception-message", "view store unreachable".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        JsonNode parked = await().atMost(Duration.ofSeconds(30)).until(() -> withKey(id), found -> found != null);
        assertThat(parked.get("cloudEvent").get("type").asText()).isEqualTo("fr.ipe.convention.ConventionDrafted.v2");
        assertThat(api.get("/api/reports/conventions/" + id, ops).status()).isEqualTo(404);

        var redriven = api.post("/api/reports/operations/dead-letters/" + parked.get("id").asText() + "/redrive?topic="
                + Topics.CONVENTIONS, ops, Map.of());
        assertThat(redriven.status()).as(redriven.text()).isEqualTo(200);
        assertThat(redriven.body().get("handled").asText()).isEqualTo("REDRIVEN");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/reports/conventions/" + id, ops).status() == 200);
        assertThat(api.get("/api/reports/conventions/" + id, ops).body().get("status").asText()).isEqualTo("DRAFTED");
        assertThat(api.post("/api/reports/operations/dead-letters/" + parked.get("id").asText() + "/redrive?topic="
                + Topics.CONVENTIONS, ops, Map.of()).status()).isEqualTo(409);
    }

    @Test
    void unknownTopicsAndMessagesAreProblems() {
        assertThat(api.get("/api/reports/operations/dead-letters?topic=ipe.funding.v1", ops).status()).isEqualTo(400);
        var unknown = api.post("/api/reports/operations/dead-letters/2@999999999/redrive?topic=" + Topics.CONVENTIONS,
                ops, Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.post("/api/reports/operations/dead-letters/x/redrive?topic=" + Topics.CONVENTIONS, ops, Map.of())
                .status()).isEqualTo(400);
    }

    private JsonNode withKey(String key) {
        for (JsonNode letter : api.get(LIST, ops).body().get("items")) {
            if (key.equals(letter.get("key").asText())) {
                return letter;
            }
        }
        return null;
    }
}
