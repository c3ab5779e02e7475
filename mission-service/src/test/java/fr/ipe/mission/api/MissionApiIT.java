package fr.ipe.mission.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.Topics;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.ServiceChecks;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole lifecycle through the API, on the real engines: events on Kafka, funding feed, views, roles, erasure. */
@IpeServiceTest
class MissionApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String association;
    String national;
    String lyon;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        association = tokens.bearer(Roles.ASSOCIATION);
        national = tokens.bearer(Roles.NATIONAL);
        lyon = tokens.bearer(Roles.RECTORAT, "lyon");
    }

    static String siret() {
        // a random valid SIRET: 13 random digits and the Luhn check digit
        StringBuilder digits = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 13; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (fr.ipe.platform.domain.Siret.isValid(digits.toString() + check)) {
                return digits.toString() + check;
            }
        }
        throw new IllegalStateException();
    }

    String company() {
        String siret = siret();
        var created = api.post("/api/missions/companies", association,
                Map.of("siret", siret, "name", "Entreprise fictive " + siret, "registeredOn", "2007-01-10"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return siret;
    }

    String ipe(String siret, String name, String account) {
        Map<String, Object> body = new HashMap<>(Map.of("companySiret", siret, "name", name,
                "contact", name.toLowerCase().replace(' ', '.') + "@example.org", "registeredOn", "2007-02-01"));
        if (account != null) {
            body.put("account", account);
        }
        var created = api.post("/api/missions/ipes", association, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("ipeId").asText();
    }

    Map<String, Object> need(String academie) {
        Map<String, Object> need = new HashMap<>(Map.of("title", "Partenariat école-entreprise",
                "profile", "Ingénieur confirmé", "axisCodes", List.of("stages-tutorat", "partenariat-entreprises"),
                "nonSubstitutionDeclared", true,
                "nonSubstitutionJustification", "Mission d'interface : aucun emploi de la fonction publique n'a cet objet",
                "postedOn", "2007-04-02"));
        if (academie != null) {
            need.put("academie", academie);
        }
        return need;
    }

    /** Need → candidature → pre-selection → selection → specification; answers the need id. */
    String selectedNeed(String manager, String academie, String ipeId) {
        var posted = api.post("/api/missions/needs", manager, need(academie));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String needId = posted.body().get("needId").asText();
        var submitted = api.post("/api/missions/needs/" + needId + "/candidatures", association,
                Map.of("ipeId", ipeId, "submittedOn", "2007-05-14"), "If-Match", "\"0\"");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String candidature = submitted.body().get("candidatures").get(0).get("candidatureId").asText();
        String base = "/api/missions/needs/" + needId + "/candidatures/" + candidature;
        assertThat(api.post(base + "/selection", manager, Map.of("on", "2007-06-01")).status()).isEqualTo(409);
        assertThat(api.post(base + "/preselection", manager, Map.of("on", "2007-05-30")).status()).isEqualTo(403);
        assertThat(api.post(base + "/preselection", association, Map.of("on", "2007-05-30")).status()).isEqualTo(200);
        var selected = api.post(base + "/selection", manager, Map.of("on", "2007-06-12"));
        assertThat(selected.status()).as(selected.text()).isEqualTo(200);
        assertThat(selected.body().get("candidatures").get(0).get("status").asText()).isEqualTo("SELECTED");
        var specified = api.post("/api/missions/needs/" + needId + "/specification", manager,
                Map.of("objectives", "Stages en entreprise", "calendar", "2007-2010", "means", "Bureau au rectorat",
                        "durationMonths", 36, "specifiedOn", "2007-06-20"));
        assertThat(specified.status()).as(specified.text()).isEqualTo(200);
        return needId;
    }

    Map<String, Object> delegation(String needId, String start, String end) {
        return Map.of("needId", needId, "startDate", start, "endDate", end, "signedOn", "2007-07-12",
                "salaryAllowanceCentsPerYear", 3_300_000, "travelCentsPerYear", 420_000, "reimbursedSharePercent", 50);
    }

    @Test
    void isHealthyAndTurnsAwayCallersWithoutAValidToken() {
        // an unknown mission: 401 without a valid token, a 404 problem with one
        ServiceChecks.assertHealthyAndSecured(port, "/api/missions/" + UUID.randomUUID());
    }

    @Test
    void aMissionRunsFromTheNeedToAnEarlyEndWithItsEventsOnKafkaAndItsFundingOnTheFeed() {
        String siret = company();
        String account = "ipe-" + UUID.randomUUID().toString().substring(0, 8);
        String ipeId = ipe(siret, "Camille Exemple", account);
        String needId = selectedNeed(lyon, "lyon", ipeId);

        var delegated = api.post("/api/missions", lyon, delegation(needId, "2007-09-01", "2010-08-31"));
        assertThat(delegated.status()).as(delegated.text()).isEqualTo(201);
        String missionId = delegated.body().get("missionId").asText();
        assertThat(delegated.header("Location")).isEqualTo("/api/missions/" + missionId);
        assertThat(delegated.body().get("reimbursement").get("yearlyReimbursementCents").asLong()).isEqualTo(1_860_000L);
        assertThat(delegated.body().get("reimbursement").get("committedCents").asLong()).isEqualTo(5_580_000L);
        assertThat(api.post("/api/missions", lyon, delegation(needId, "2007-09-01", "2010-08-31")).status())
                .isEqualTo(409);

        String path = "/api/missions/" + missionId;
        for (String year : List.of("2007-2008", "2008-2009")) {
            var letter = api.post(path + "/letters", lyon, Map.of("schoolYear", year,
                    "axisCodes", List.of("stages-tutorat"), "objectives", "Stages", "issuedOn", year.substring(0, 4) + "-09-03"));
            assertThat(letter.status()).as(letter.text()).isEqualTo(200);
        }
        var revised = api.post(path + "/letters", lyon, Map.of("schoolYear", "2008-2009",
                "axisCodes", List.of("stages-tutorat", "entrepreneuriat"), "objectives", "Stages et mini-entreprises",
                "issuedOn", "2009-01-10"));
        assertThat(revised.body().get("letters").size()).isEqualTo(3);
        var certified = api.post(path + "/certifications", lyon, Map.of("schoolYear", "2007-2008",
                "certifiedOn", "2008-09-15"));
        assertThat(certified.status()).as(certified.text()).isEqualTo(200);
        assertThat(certified.body().get("reimbursement").get("dueCents").asLong()).isEqualTo(1_860_000L);
        var early = api.post(path + "/end", lyon, Map.of("endedOn", "2009-02-14"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("field").asText()).isEqualTo("reason");
        var ended = api.post(path + "/end", lyon, Map.of("endedOn", "2009-02-14", "reason", "Retour dans l'entreprise"));
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);
        var second = api.post(path + "/certifications", lyon, Map.of("schoolYear", "2008-2009",
                "certifiedOn", "2009-03-01"));
        assertThat(second.body().get("reimbursement").get("dueCents").asLong()).isEqualTo(1_860_000L + 852_500L);
        assertThat(second.body().get("activity").get("lastDay").asText()).isEqualTo("2009-02-14");

        List<ConsumerRecord<String, CloudEvent>> events = read(Topics.MISSIONS, missionId, 8);
        assertThat(events).extracting(r -> r.value().getType()).containsExactly(
                "fr.ipe.mission.DelegationSigned.v1", "fr.ipe.mission.ReimbursementCommitted.v1",
                "fr.ipe.mission.MissionLetterIssued.v1", "fr.ipe.mission.MissionLetterIssued.v1",
                "fr.ipe.mission.MissionLetterIssued.v1", "fr.ipe.mission.MissionCertified.v1",
                "fr.ipe.mission.MissionEnded.v1", "fr.ipe.mission.MissionCertified.v1");
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i).value();
            assertThat(events.get(i).headers().lastHeader("ce_specversion").value()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("1.0");
            assertThat(event.getSource().toString()).isEqualTo("mission-service");
            assertThat(event.getSubject()).isEqualTo(missionId);
            assertThat(event.getExtension("academie")).isEqualTo("lyon");
            assertThat(event.getExtension("sequence").toString()).isEqualTo(String.valueOf(i));
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain("Camille");
        }
        List<ConsumerRecord<String, CloudEvent>> funding = read(Topics.FUNDING, missionId, 3);
        assertThat(funding).extracting(r -> r.value().getType()).containsExactly(
                "fr.ipe.mission.ReimbursementCommitted.v1", "fr.ipe.mission.MissionCertified.v1",
                "fr.ipe.mission.MissionCertified.v1");
        List<ConsumerRecord<String, CloudEvent>> ipeEvents = read(Topics.MISSIONS, ipeId, 1);
        assertThat(ipeEvents).extracting(r -> r.value().getType()).containsExactly("fr.ipe.mission.IpeRegistered.v1");
        assertThat(new String(ipeEvents.get(0).value().getData().toBytes(), StandardCharsets.UTF_8))
                .doesNotContain("Camille").doesNotContain(account).doesNotContain("example.org");

        // the IPE reads its own mission; another IPE, another rectorat and an IPE of another mission cannot
        String ownToken = "Bearer " + tokens.issuer().token(account, List.of(Roles.IPE), "lyon");
        assertThat(api.get(path, ownToken).status()).isEqualTo(200);
        assertThat(api.get("/api/missions/ipes/me/missions", ownToken).body().get(0).get("missionId").asText())
                .isEqualTo(missionId);
        assertThat(api.get("/api/missions/ipes/me", ownToken).body().get("name").asText()).isEqualTo("Camille Exemple");
        String otherIpe = "Bearer " + tokens.issuer().token("someone-else", List.of(Roles.IPE), "lyon");
        assertThat(api.get(path, otherIpe).status()).isEqualTo(403);
        assertThat(api.get("/api/missions/ipes/" + ipeId, otherIpe).status()).isEqualTo(403);
        String aix = tokens.bearer(Roles.RECTORAT, "aix-marseille");
        assertThat(api.get(path, aix).status()).isEqualTo(403);
        assertThat(api.get("/api/missions/needs/" + needId, aix).status()).isEqualTo(403);
        assertThat(api.post(path + "/certifications", aix, Map.of("schoolYear", "2008-2009", "certifiedOn",
                "2009-03-01")).status()).isEqualTo(403);
        assertThat(api.get("/api/missions?academie=lyon", aix).status()).isEqualTo(403);
        assertThat(api.get("/api/missions/ipes/" + ipeId, aix).status()).isEqualTo(403);
        assertThat(api.get("/api/missions/ipes/" + ipeId, lyon).body().get("name").asText()).isEqualTo("Camille Exemple");
        // finance reads the reimbursements and the IPE without personal data
        String finance = tokens.bearer(Roles.FINANCE);
        assertThat(api.get("/api/missions/ipes/" + ipeId, finance).body().get("name").isNull()).isTrue();
        var reimbursements = api.get("/api/missions/reimbursements?limit=200", finance);
        assertThat(reimbursements.status()).isEqualTo(200);
        assertThat(reimbursements.text()).contains(missionId);
        assertThat(api.get("/api/missions/reimbursements", lyon).status()).isEqualTo(403);

        // the activity view: 2008 is a whole year, 2009 is 1 January – 14 February
        var activity2009 = api.get("/api/missions/activity?period=2009", lyon);
        assertThat(activity2009.status()).as(activity2009.text()).isEqualTo(200);
        assertThat(activity2009.body().get("academies").findValuesAsText("academie")).containsOnly("lyon");
        assertThat(api.get("/api/missions/activity?period=2009-13", lyon).status()).isEqualTo(422);
    }

    @Test
    void aNeedWithoutTheNonSubstitutionDeclarationIsRefusedNamingTheField() {
        Map<String, Object> need = need("lyon");
        need.remove("nonSubstitutionDeclared");
        var refused = api.post("/api/missions/needs", lyon, need);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).isEqualTo("nonSubstitutionDeclared");
        need.put("nonSubstitutionDeclared", true);
        need.remove("nonSubstitutionJustification");
        var unjustified = api.post("/api/missions/needs", lyon, need);
        assertThat(unjustified.status()).isEqualTo(422);
        assertThat(unjustified.body().get("field").asText()).isEqualTo("nonSubstitutionJustification");
        assertThat(api.post("/api/missions/needs", tokens.bearer(Roles.RECTORAT, "aix-marseille"), need("lyon"))
                .status()).isEqualTo(403);
        assertThat(api.post("/api/missions/needs", lyon, need(null)).status()).isEqualTo(403);
        assertThat(api.post("/api/missions/companies", association, Map.of("siret", "12345678901234", "name", "X",
                "registeredOn", "2007-01-01")).body().get("field").asText()).isEqualTo("siret");
    }

    @Test
    void anIpesMissionsNeverOverlapAndANationalMissionIsTheMinistrys() {
        String siret = company();
        String ipeId = ipe(siret, "Dominique Exemple", null);
        String first = selectedNeed(national, null, ipeId);
        var national1 = api.post("/api/missions", national, delegation(first, "2007-01-01", "2008-06-30"));
        assertThat(national1.status()).as(national1.text()).isEqualTo(201);
        assertThat(national1.body().get("activity").get("academie").isNull()).isTrue();
        String second = selectedNeed(lyon, "lyon", ipeId);
        var overlapping = api.post("/api/missions", lyon, delegation(second, "2008-06-30", "2009-06-30"));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.body().get("type").asText()).endsWith("/missions-overlap");
        assertThat(api.post("/api/missions", lyon, delegation(second, "2008-07-01", "2009-06-30")).status())
                .isEqualTo(201);
    }

    @Test
    void anErasureRemovesThePersonalDataForGoodAndLeavesEveryCountExact() {
        String siret = company();
        String account = "ipe-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Alix Effacement-" + UUID.randomUUID().toString().substring(0, 6);
        String ipeId = ipe(siret, name, account);
        String needId = selectedNeed(lyon, "lyon", ipeId);
        var mission = api.post("/api/missions", lyon, delegation(needId, "2007-09-01", "2009-08-31"));
        assertThat(mission.status()).as(mission.text()).isEqualTo(201);
        String before = api.get("/api/missions/activity?period=2008", national).text();

        // the event store never held the name in clear: only sealed with the IPE's key
        String stored = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                + " WHERE aggregateidentifier = ?", String.class, ipeId).toString();
        assertThat(stored).doesNotContain(name).doesNotContain(account).contains("sealedIdentity");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ipe_key WHERE ipe_id = ?", Integer.class, ipeId)).isEqualTo(1);

        assertThat(api.post("/api/missions/ipes/" + ipeId + "/erasure", lyon, Map.of()).status()).isEqualTo(403);
        var erased = api.post("/api/missions/ipes/" + ipeId + "/erasure", association, Map.of());
        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.body().get("name").isNull()).isTrue();
        assertThat(erased.body().get("erasedOn").isNull()).isFalse();
        assertThat(api.post("/api/missions/ipes/" + ipeId + "/erasure", association, Map.of()).status()).isEqualTo(409);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM ipe_key WHERE ipe_id = ?", Integer.class, ipeId)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ipe_view WHERE ipe_id = ? AND (name IS NOT NULL OR"
                + " contact IS NOT NULL OR account IS NOT NULL)", Integer.class, ipeId)).isZero();
        String all = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry", String.class)
                .toString();
        assertThat(all).doesNotContain(name);
        assertThat(api.get("/api/missions/ipes/" + ipeId, association).text()).doesNotContain(name);
        assertThat(api.get("/api/missions/ipes/me", "Bearer " + tokens.issuer().token(account, List.of(Roles.IPE),
                "lyon")).status()).isEqualTo(404);
        assertThat(api.get("/api/missions/activity?period=2008", national).text()).isEqualTo(before);
    }

    @Test
    void theRetentionPeriodMustBeOverBeforeAnErasure() {
        String siret = company();
        String ipeId = ipe(siret, "Sacha Conservation", null);
        String needId = selectedNeed(lyon, "lyon", ipeId);
        assertThat(api.post("/api/missions", lyon, delegation(needId, "2024-09-01", "2027-08-31")).status())
                .isEqualTo(201);
        var refused = api.post("/api/missions/ipes/" + ipeId + "/erasure", association, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asText()).endsWith("/retention-not-over");
    }

    private static List<ConsumerRecord<String, CloudEvent>> read(String topic, String key, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
