package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.Topics;
import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConventionServiceIT
class ConventionApiIT {

    @LocalServerPort
    int port;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void draftingAndSigningPublishesEveryEventAsACloudEventOnTheConventionsTopic() {
        String national = tokens.bearer(Roles.NATIONAL);
        var drafted = api.post("/api/conventions", national, Demo.nationalConvention2007());
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.body().get("conventionId").asText();
        assertThat(drafted.header("Location")).isEqualTo("/api/conventions/" + id);
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");
        assertThat(drafted.body().get("terms").get("endDate").asText()).isEqualTo("2011-02-28");

        var first = api.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("MINISTRY", "Le directeur général de l'enseignement scolaire", "2007-03-01"),
                "If-Match", "\"0\"");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("status").asText()).isEqualTo("DRAFTED");
        var second = api.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("ASSOCIATION", "Le président de l'association", "2007-03-01"), "If-Match", "\"1\"");
        assertThat(second.body().get("status").asText()).isEqualTo("SIGNED");
        assertThat(second.header("ETag")).isEqualTo("\"3\"");

        List<ConsumerRecord<String, CloudEvent>> records = readConventionTopic(id, 4);
        assertThat(records).extracting(r -> r.value().getType()).containsExactly(
                "fr.ipe.convention.ConventionDrafted.v2", "fr.ipe.convention.ConventionPartySigned.v1",
                "fr.ipe.convention.ConventionPartySigned.v1", "fr.ipe.convention.ConventionSigned.v1");
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, CloudEvent> record = records.get(i);
            CloudEvent event = record.value();
            assertThat(record.key()).isEqualTo(id);
            assertThat(record.headers().lastHeader("ce_specversion").value()).asString(StandardCharsets.UTF_8).isEqualTo("1.0");
            assertThat(record.headers().lastHeader("ce_id")).isNotNull();
            assertThat(record.headers().lastHeader("content-type").value()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("application/json");
            assertThat(event.getId()).isNotBlank();
            assertThat(event.getSource().toString()).isEqualTo("convention-service");
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getExtension("sequence").toString()).isEqualTo(String.valueOf(i));
            assertThat(event.getExtension("academie")).as("the national convention has no académie").isNull();
        }
        assertThat(new String(records.get(0).value().getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"subsidyTotalCents\":720000000").contains("\"conventionId\":\"" + id + "\"");
    }

    @Test
    void aPartnershipConventionCarriesItsAcademieAndStaysInsideIt() {
        var request = Map.of("kind", "PARTNERSHIP", "title", "Partenariat lycée des métiers", "academie", "lyon",
                "objectives", "Faire découvrir les métiers de l'industrie",
                "parties", List.of(Map.of("role", "RECTORAT", "name", "Rectorat de Lyon", "identifier", "lyon"),
                        Map.of("role", "ENTREPRISE", "name", "Entreprise", "identifier", Demo.ASSOCIATION_SIRET)),
                "startDate", "2024-09-01", "durationYears", 3);
        var other = api.post("/api/conventions", tokens.bearer(Roles.RECTORAT, "grenoble"), request);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body().get("type").asText()).endsWith("/forbidden");

        var drafted = api.post("/api/conventions", tokens.bearer(Roles.RECTORAT, "lyon"), request);
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.body().get("conventionId").asText();
        assertThat(api.get("/api/conventions/" + id, tokens.bearer(Roles.RECTORAT, "grenoble")).status()).isEqualTo(403);
        assertThat(api.get("/api/conventions/" + id, tokens.bearer(Roles.NATIONAL)).status()).isEqualTo(200);
        var grenobleList = api.get("/api/conventions?kind=PARTNERSHIP", tokens.bearer(Roles.RECTORAT, "grenoble"));
        assertThat(grenobleList.body().get("items").findValuesAsText("conventionId")).doesNotContain(id);

        CloudEvent event = readConventionTopic(id, 1).get(0).value();
        assertThat(event.getExtension("academie")).isEqualTo("lyon");
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndTheRule() {
        String national = tokens.bearer(Roles.NATIONAL);
        Map<String, Object> missingTitle = new HashMap<>(Demo.nationalConvention2007());
        missingTitle.remove("title");
        var invalid = api.post("/api/conventions", national, missingTitle);
        assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
        assertThat(invalid.body().has("errors")).as(invalid.text()).isTrue();
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.body().get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertThat(invalid.body().get("errors").get(0).get("rule").asText()).isEqualTo("not-blank");

        var badDate = api.post("/api/conventions", national, "{\"kind\":\"NATIONAL_MULTI_YEAR\",\"startDate\":\"2007-13-01\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("field").asText()).isEqualTo("startDate");

        var notJson = api.post("/api/conventions", national, "{not json");
        assertThat(notJson.status()).isEqualTo(400);

        Map<String, Object> mismatch = new HashMap<>(Demo.nationalConvention2007());
        mismatch.put("yearlySubsidyCents", List.of(1L, 1L, 1L, 1L));
        var rule = api.post("/api/conventions", national, mismatch);
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.body().get("type").asText()).endsWith("/subsidy-schedule-mismatch");
        assertThat(rule.body().get("field").asText()).isEqualTo("yearlySubsidyCents");

        var unknown = api.get("/api/conventions/" + UUID.randomUUID(), national);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).endsWith("/not-found");

        var badLimit = api.get("/api/conventions?limit=100000", national);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().get("field").asText()).isEqualTo("limit");
    }

    @Test
    void conflictsAndStaleVersionsAreRefusedNeverOverwritten() {
        String national = tokens.bearer(Roles.NATIONAL);
        String id = api.post("/api/conventions", national, Demo.nationalConvention2007()).body().get("conventionId").asText();
        var signature = Demo.signature("MINISTRY", "DGESCO", "2007-03-01");
        assertThat(api.post("/api/conventions/" + id + "/signatures", national, signature).status()).isEqualTo(200);

        var again = api.post("/api/conventions/" + id + "/signatures", national, signature);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asText()).endsWith("/already-signed");

        var stale = api.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("ASSOCIATION", "Président", "2007-03-01"), "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("field").asText()).isEqualTo("If-Match");
        assertThat(api.get("/api/conventions/" + id, national).body().get("status").asText()).isEqualTo("DRAFTED");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyDraftsOnce() {
        String national = tokens.bearer(Roles.NATIONAL);
        String key = UUID.randomUUID().toString();
        var first = api.post("/api/conventions", national, Demo.nationalConvention2007(), "Idempotency-Key", key);
        var retry = api.post("/api/conventions", national, Demo.nationalConvention2007(), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");

        var reordered = api.post("/api/conventions", national, new java.util.TreeMap<>(Demo.nationalConvention2007()),
                "Idempotency-Key", key);
        assertThat(reordered.status()).as("the same JSON with its fields in another order is the same request")
                .isEqualTo(201);
        assertThat(reordered.header("Location")).isEqualTo(first.header("Location"));

        Map<String, Object> other = new HashMap<>(Demo.nationalConvention2007());
        other.put("title", "Another");
        var reused = api.post("/api/conventions", national, other, "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("type").asText()).endsWith("/idempotency-key-reused");
    }

    @Test
    void callersWithoutTokenOrRightAreTurnedAway() {
        assertThat(api.get("/api/conventions", null).status()).isEqualTo(401);
        assertThat(api.get("/api/conventions", "Bearer not-a-jwt").status()).isEqualTo(401);
        var rectoratDraftingNational = api.post("/api/conventions", tokens.bearer(Roles.RECTORAT, "lyon"),
                Demo.nationalConvention2007());
        assertThat(rectoratDraftingNational.status()).isEqualTo(403);
        assertThat(api.get("/api/conventions", tokens.bearer(Roles.IPE, "lyon")).status()).isEqualTo(403);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void fundingEventsAlsoGoToTheFundingTopicAndTheLifecycleRulesAnswerWithTheirProblem() {
        String national = tokens.bearer(Roles.NATIONAL);
        String id = api.post("/api/conventions", national, Demo.nationalConvention2007()).body().get("conventionId").asText();
        var unsigned = api.post("/api/conventions/" + id + "/subsidy/notifications", national,
                Map.of("year", 2007, "amountCents", 180_000_000L, "notifiedOn", "2007-04-02"));
        assertThat(unsigned.status()).isEqualTo(409);
        assertThat(unsigned.body().get("type").asText()).endsWith("/convention-not-signed");

        api.post("/api/conventions/" + id + "/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2007-03-01"));
        api.post("/api/conventions/" + id + "/signatures", national, Demo.signature("ASSOCIATION", "Président", "2007-03-01"));
        var notified = api.post("/api/conventions/" + id + "/subsidy/notifications", national,
                Map.of("year", 2007, "amountCents", 180_000_000L, "notifiedOn", "2007-04-02"));
        assertThat(notified.status()).as(notified.text()).isEqualTo(200);
        assertThat(notified.body().get("netNotifiedCents").asLong()).isEqualTo(180_000_000L);
        var overCeiling = api.post("/api/conventions/" + id + "/subsidy/notifications", national,
                Map.of("year", 2008, "amountCents", 600_000_000L, "notifiedOn", "2008-04-02"));
        assertThat(overCeiling.status()).isEqualTo(422);
        assertThat(overCeiling.body().get("field").asText()).isEqualTo("amountCents");
        var missingAmount = api.post("/api/conventions/" + id + "/subsidy/payments", national,
                Map.of("year", 2007, "paidOn", "2007-07-01"));
        assertThat(missingAmount.status()).isEqualTo(400);
        assertThat(missingAmount.body().get("field").asText()).isEqualTo("amountCents");

        var objectives = api.post("/api/conventions/" + id + "/avenants", national, Map.of("proposedOn", "2008-01-10",
                "purpose", "Changer l'objet", "objectives", "Autre chose"));
        assertThat(objectives.status()).isEqualTo(422);
        assertThat(objectives.body().get("type").asText()).endsWith("/objectives-cannot-change");
        var withoutSchedule = api.post("/api/conventions/" + id + "/avenants", national, Map.of("proposedOn",
                "2008-01-10", "purpose", "Prolongation d'un an", "endDate", "2012-02-29"));
        assertThat(withoutSchedule.status()).as("a fifth year needs its forecast (art. 4, 11)").isEqualTo(422);
        assertThat(withoutSchedule.body().get("field").asText()).isEqualTo("yearlySubsidyCents");
        var avenant = api.post("/api/conventions/" + id + "/avenants", national, Map.of("proposedOn", "2008-01-10",
                "purpose", "Prolongation d'un an", "endDate", "2012-02-29", "yearlySubsidyCents",
                List.of(180_000_000L, 180_000_000L, 180_000_000L, 90_000_000L, 90_000_000L)));
        assertThat(avenant.status()).as(avenant.text()).isEqualTo(201);
        assertThat(avenant.header("Location")).startsWith("/api/conventions/" + id + "/avenants/");

        var inTheMinistrysName = api.post("/api/conventions/" + id + "/termination-notices", tokens.bearer(Roles.ASSOCIATION),
                Map.of("party", "MINISTRY", "noticeOn", "2008-01-15", "breachedArticle", 4, "reason", "Désaccord"));
        assertThat(inTheMinistrysName.status()).as("the association acts in its own name only").isEqualTo(403);
        var withoutBreach = api.post("/api/conventions/" + id + "/termination-notices", tokens.bearer(Roles.ASSOCIATION),
                Map.of("party", "ASSOCIATION", "noticeOn", "2008-01-15", "reason", "Désaccord"));
        assertThat(withoutBreach.status()).as("art. 12: the notice states the breach").isEqualTo(400);
        assertThat(withoutBreach.body().get("field").asText()).isEqualTo("breachedArticle");
        var notice = Map.of("party", "ASSOCIATION", "noticeOn", "2008-01-15", "breachedArticle", 4,
                "reason", "Subvention 2008 non notifiée");
        assertThat(api.post("/api/conventions/" + id + "/termination-notices", tokens.bearer(Roles.ASSOCIATION), notice)
                .status()).isEqualTo(200);
        var again = api.post("/api/conventions/" + id + "/termination-notices", national, notice);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asText()).endsWith("/termination-already-notified");
        var byTheMinistry = api.post("/api/conventions/" + id + "/termination-withdrawals", national,
                Map.of("party", "MINISTRY", "withdrawnOn", "2008-02-01"));
        assertThat(byTheMinistry.status()).as("only the party that gave notice withdraws it").isEqualTo(422);
        assertThat(byTheMinistry.body().get("type").asText()).endsWith("/withdrawal-by-notifying-party");
        assertThat(api.post("/api/conventions/" + id + "/termination-withdrawals", tokens.bearer(Roles.ASSOCIATION),
                Map.of("party", "ASSOCIATION", "withdrawnOn", "2008-02-01")).body().get("termination")
                .get("withdrawnOn").asText()).isEqualTo("2008-02-01");

        assertThat(api.put("/api/conventions/operations/business-clock", national, Map.of("today", "2008-01-01"))
                .status()).as("only ops set the business clock").isEqualTo(403);
        assertThat(api.get("/api/conventions?party=" + Demo.ASSOCIATION_SIRET + "&status=SIGNED&limit=200", national)
                .body().get("items").findValuesAsText("conventionId")).contains(id);

        List<ConsumerRecord<String, CloudEvent>> funding = readTopic(Topics.FUNDING, id, 1);
        assertThat(funding).hasSize(1);
        assertThat(funding.get(0).value().getType()).isEqualTo("fr.ipe.convention.SubsidyNotified.v1");
        assertThat(funding.get(0).value().getSubject()).isEqualTo(id);
    }

    private static List<ConsumerRecord<String, CloudEvent>> readConventionTopic(String subject, int expected) {
        return readTopic(Topics.CONVENTIONS, subject, expected);
    }

    private static List<ConsumerRecord<String, CloudEvent>> readTopic(String topic, String subject, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (subject.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
