package fr.ipe.action.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.Topics;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IpeServiceTest
class ActionApiIT {

    @LocalServerPort
    int port;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    static Map<String, Object> plan(String academie) {
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("ipeIds", List.of("ipe-lyon-1"),
                "theme", "trades-information", "title", "Forum des métiers", "firstDay", "2007-03-12",
                "lastDay", "2007-03-16", "plannedOn", "2007-01-15",
                "partners", Map.of("etablissementUais", List.of("0690001B"), "companySirets", List.of("55208131766522"))));
        if (academie != null) {
            plan.put("academie", academie);
        }
        return plan;
    }

    static Map<String, Object> report() {
        return Map.of("reportedOn", "2007-03-30", "figures", Map.of("etablissements", 4, "girls", 310, "boys", 352,
                "staffWomen", 18, "staffMen", 25, "companies", 12, "professionalOrganisations", 1));
    }

    @Test
    void anIpeRecordsItsRectoratValidatesAndEveryStepIsPublished() throws Exception {
        String ipe = tokens.bearer(Roles.IPE, "lyon");
        var planned = api.post("/api/actions", ipe, plan("lyon"));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        String id = planned.body().get("actionId").asText();
        assertThat(planned.header("Location")).isEqualTo("/api/actions/" + id);
        assertThat(planned.body().get("action").get("themeSet").asText()).isEqualTo("2007");

        var reported = api.post("/api/actions/" + id + "/report", ipe, report(), "If-Match", "\"0\"");
        assertThat(reported.status()).as(reported.text()).isEqualTo(200);
        assertThat(reported.body().get("status").asText()).isEqualTo("CARRIED_OUT");
        var stale = api.post("/api/actions/" + id + "/validation", tokens.bearer(Roles.RECTORAT, "lyon"),
                Map.of("validatedOn", "2007-04-10"), "If-Match", "\"0\"");
        assertThat(stale.status()).as(stale.text()).isEqualTo(412);

        var byIpe = api.post("/api/actions/" + id + "/validation", ipe, Map.of("validatedOn", "2007-04-10"));
        assertThat(byIpe.status()).as("an IPE does not validate").isEqualTo(403);
        var validated = api.post("/api/actions/" + id + "/validation", tokens.bearer(Roles.RECTORAT, "lyon"),
                Map.of("validatedOn", "2007-04-10"), "If-Match", "\"1\"");
        assertThat(validated.status()).as(validated.text()).isEqualTo(200);
        assertThat(validated.body().get("action").get("counted").get("figures").get("girls").asLong()).isEqualTo(310);
        assertThat(validated.header("ETag")).isEqualTo("\"2\"");

        assertThat(readActionTopic(id, 3)).containsExactly("fr.ipe.action.ActionPlanned.v1",
                "fr.ipe.action.ActionCarriedOut.v1", "fr.ipe.action.ActionValidated.v1");
    }

    @Test
    void anotherAcademieCannotRecordValidateOrReadAnAction() {
        var planned = api.post("/api/actions", tokens.bearer(Roles.IPE, "lyon"), plan("lyon"));
        String id = planned.body().get("actionId").asText();
        api.post("/api/actions/" + id + "/report", tokens.bearer(Roles.IPE, "lyon"), report());

        assertThat(api.post("/api/actions", tokens.bearer(Roles.IPE, "aix-marseille"), plan("lyon")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/actions/" + id + "/validation", tokens.bearer(Roles.RECTORAT, "aix-marseille"),
                Map.of("validatedOn", "2007-04-10")).status()).isEqualTo(403);
        assertThat(api.get("/api/actions/" + id, tokens.bearer(Roles.RECTORAT, "aix-marseille")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/actions?academie=lyon", tokens.bearer(Roles.IPE, "aix-marseille")).status())
                .isEqualTo(403);
        var own = api.get("/api/actions?academie=lyon", tokens.bearer(Roles.RECTORAT, "lyon"));
        assertThat(own.body().get("items").findValuesAsText("actionId")).contains(id);
        assertThat(api.get("/api/actions/" + id, tokens.bearer(Roles.ASSOCIATION)).status()).isEqualTo(200);
        assertThat(api.post("/api/actions", tokens.bearer(Roles.RECTORAT, "lyon"), plan(null)).status())
                .as("a national action is the DGESCO's").isEqualTo(403);
        assertThat(api.post("/api/actions", tokens.bearer(Roles.NATIONAL), plan(null)).status()).isEqualTo(201);
    }

    @Test
    void aRuleBrokenAnswersAProblemNamingTheField() {
        Map<String, Object> plan = plan("lyon");
        plan.put("theme", "campus-metiers");
        var refused = api.post("/api/actions", tokens.bearer(Roles.IPE, "lyon"), plan);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text()).contains("theme");
    }

    /** A UAI whose letter is not its digits' check letter names no établissement: refused, naming the field. */
    @Test
    void aUaiWithoutItsCheckLetterIsRefusedNamingTheField() {
        Map<String, Object> plan = plan("lyon");
        plan.put("partners", Map.of("etablissementUais", List.of("0690001B", "0690002B")));
        var refused = api.post("/api/actions", tokens.bearer(Roles.IPE, "lyon"), plan);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("rule").asText()).isEqualTo("invalid-uai");
        assertThat(refused.body().get("field").asText()).isEqualTo("partners.etablissementUais");
        assertThat(refused.body().get("detail").asText()).contains("0690002B", "the check letter of 0690002 is C");

        String ipe = tokens.bearer(Roles.IPE, "lyon");
        String id = api.post("/api/actions", ipe, plan("lyon")).body().get("actionId").asText();
        assertThat(api.post("/api/actions/" + id + "/report", ipe, report()).status()).isEqualTo(200);
        Map<String, Object> correction = new java.util.HashMap<>(Map.of("theme", "trades-information",
                "firstDay", "2007-03-12", "lastDay", "2007-03-16", "figures", report().get("figures"),
                "reason", "Un collège oublié", "correctedOn", "2007-04-02",
                "partners", Map.of("etablissementUais", List.of("0690001A"))));
        var corrected = api.post("/api/actions/" + id + "/corrections", ipe, correction);
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(422);
        assertThat(corrected.body().get("field").asText()).isEqualTo("partners.etablissementUais");
        assertThat(api.get("/api/actions/" + id, ipe).body().get("version").asLong()).as("nothing changed")
                .isEqualTo(1);
    }

    private List<String> readActionTopic(String actionId, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "action-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ACTIONS));
            long deadline = System.currentTimeMillis() + 20_000;
            while (types.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (actionId.equals(record.key())) {
                        types.add(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return types;
    }
}
