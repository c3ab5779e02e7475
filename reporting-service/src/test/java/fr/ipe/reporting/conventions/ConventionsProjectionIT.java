package fr.ipe.reporting.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.kafka.ReceivedEvent;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.ViewStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IpeServiceTest
public class ConventionsProjectionIT {

    static final Party MINISTRY = new Party(PartyRole.MINISTRY, "DGESCO", null);
    static final Party ASSOCIATION = new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", "42843689300013");

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ConventionsProjection projection;
    @Autowired
    ViewEngine engine;

    ApiClient api;
    KafkaProducer<String, CloudEvent> events;
    final TestTokens tokens = TestTokens.get();

    private ViewStore store() {
        return engine.current(ConventionsView.VIEW);
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        events = new KafkaProducer<>(Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "enable.idempotence", true, "acks", "all"), new StringSerializer(), new CloudEventSerializer());
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void projectsTheConventionFromTheTopicAndIgnoresDuplicatesAndStaleEvents() {
        String id = UUID.randomUUID().toString();
        List<PublishedEvent> history = nationalConventionSigned(id, null);
        for (int i = 0; i < history.size(); i++) {
            send(history.get(i), i);
        }
        send(history.get(0), 0);
        send(history.get(3), 3);
        send(history.get(1), 1);
        String marker = UUID.randomUUID().toString();
        send(nationalConventionSigned(marker, null).get(0), 0);

        String national = tokens.bearer(Roles.NATIONAL);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/reports/conventions/" + marker, national).status() == 200);
        var view = api.get("/api/reports/conventions/" + id, national);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().get("status").asText()).isEqualTo("SIGNED");
        assertThat(view.body().get("signatures")).hasSize(2);
        assertThat(view.body().get("subsidyTotalCents").asLong()).isEqualTo(720_000_000L);
        assertThat(view.body().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void theSameEventTwiceLeavesTheSameView() {
        String id = UUID.randomUUID().toString();
        List<PublishedEvent> history = nationalConventionSigned(id, null);
        for (int i = 0; i < history.size(); i++) {
            assertThat(projection.project(received(history.get(i), i), store())).isTrue();
        }
        Document once = ConventionsView.convention(store(), id).orElseThrow();
        for (int i = 0; i < history.size(); i++) {
            assertThat(projection.project(received(history.get(i), i), store())).as("replayed event %d", i).isFalse();
        }
        assertThat(ConventionsView.convention(store(), id).orElseThrow()).isEqualTo(once);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionContinues() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.CONVENTIONS, poisonKey, "{not a cloud event".getBytes())).get();
        }
        String after = UUID.randomUUID().toString();
        send(nationalConventionSigned(after, null).get(0), 0);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/reports/conventions/" + after, tokens.bearer(Roles.NATIONAL)).status() == 200);
        ConsumerRecord<String, byte[]> dead = findOn(Topics.deadLetter(Topics.CONVENTIONS), poisonKey);
        assertThat(dead).as("poison message on the DLT").isNotNull();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value(), StandardCharsets.UTF_8))
                .contains("PoisonMessageException");
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(Topics.CONVENTIONS);
    }

    @Test
    void aRectoratSeesNationalConventionsAndItsOwnAcademieOnly() {
        String national = UUID.randomUUID().toString();
        String lyon = UUID.randomUUID().toString();
        send(nationalConventionSigned(national, null).get(0), 0);
        send(partnership(lyon, "lyon"), 0);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/reports/conventions/" + lyon, tokens.bearer(Roles.NATIONAL)).status() == 200);

        String grenoble = tokens.bearer(Roles.RECTORAT, "grenoble");
        assertThat(api.get("/api/reports/conventions/" + lyon, grenoble).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/conventions/" + national, grenoble).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/conventions?academie=lyon", grenoble).status()).isEqualTo(403);
        var page = api.get("/api/reports/conventions?limit=200", grenoble);
        assertThat(page.body().get("items").findValuesAsText("conventionId")).contains(national).doesNotContain(lyon);
        assertThat(api.get("/api/reports/conventions/" + lyon, tokens.bearer(Roles.RECTORAT, "lyon")).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/conventions", tokens.bearer(Roles.IPE, "lyon")).status()).isEqualTo(403);
        assertThat(api.get("/api/reports/conventions", null).status()).isEqualTo(401);
        var badLimit = api.get("/api/reports/conventions?limit=0", tokens.bearer(Roles.NATIONAL));
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().get("field").asText()).isEqualTo("limit");
        assertThat(api.get("/api/reports/conventions/unknown", tokens.bearer(Roles.NATIONAL)).status()).isEqualTo(404);
    }

    private void send(PublishedEvent event, long sequence) {
        try {
            events.send(new ProducerRecord<>(Topics.CONVENTIONS, event.aggregateId(),
                    codec.encode(UUID.randomUUID().toString(), Instant.now(), sequence, "test", event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ReceivedEvent received(PublishedEvent event, long sequence) {
        return new ReceivedEvent(UUID.randomUUID().toString(), "t", "test", event.aggregateId(), event.academieScope(),
                sequence, Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC), event, Topics.CONVENTIONS, 0, 0);
    }

    public static List<PublishedEvent> nationalConventionSigned(String id, String academie) {
        LocalDate start = LocalDate.of(2007, 3, 1);
        return List.of(
                new ConventionDrafted(id, ConventionKind.NATIONAL_MULTI_YEAR, "Convention 2007-2011", "Annexe 1", academie,
                        List.of(MINISTRY, ASSOCIATION), start, 4, LocalDate.of(2011, 2, 28), 720_000_000L,
                        List.of(180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L), MonthDay.of(12, 31), null,
                        List.of(), null),
                new ConventionPartySigned(id, academie, PartyRole.MINISTRY, "DGESCO", start),
                new ConventionPartySigned(id, academie, PartyRole.ASSOCIATION, "Président", start),
                new ConventionSigned(id, academie, start));
    }

    static ConventionDrafted partnership(String id, String academie) {
        return new ConventionDrafted(id, ConventionKind.PARTNERSHIP, "Partenariat", "Découverte des métiers", academie,
                List.of(new Party(PartyRole.RECTORAT, "Rectorat", academie), ASSOCIATION),
                LocalDate.of(2024, 9, 1), 3, LocalDate.of(2027, 8, 31), 0, List.of(), MonthDay.of(12, 31), null, List.of(),
                null);
    }

    private static ConsumerRecord<String, byte[]> findOn(String topic, String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                Engines.get().kafkaBootstrapServers(), "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset",
                "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                for (ConsumerRecord<String, byte[]> record : seen) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        return null;
    }
}
