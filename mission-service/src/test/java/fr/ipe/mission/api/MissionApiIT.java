package fr.ipe.mission.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

    MissionSteps steps;
    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String association;
    String national;
    String lyon;

    @BeforeEach
    void setUp() {
        steps = new MissionSteps(port);
        api = steps.api;
        association = steps.association;
        national = steps.national;
        lyon = steps.lyon;
    }

    String company() {
        return steps.company();
    }

    String ipe(String siret, String name, String account) {
        return steps.ipe(siret, name, account);
    }

    String selectedNeed(String manager, String academie, String ipeId) {
        return steps.selectedNeed(manager, academie, ipeId);
    }

    static Map<String, Object> need(String academie) {
        return MissionSteps.need(academie);
    }

    static Map<String, Object> delegation(String needId, String start, String end) {
        return MissionSteps.delegation(needId, start, end);
    }

    @Test
    void isHealthyAndTurnsAwayCallersWithoutAValidToken() {
        // an unknown mission: 401 without a valid token, a 404 problem with one
        ServiceChecks.assertHealthyAndSecured(port, "/api/missions/" + UUID.randomUUID());
    }

    @Test
    void theBusinessClockFollowsTheSystemsUnlessConfiguredSettable() {
        String clock = "/api/missions/operations/business-clock";
        var read = api.get(clock, national);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.body().get("settable").asBoolean()).isFalse();
        expectRefusal(api.put(clock, tokens.bearer(Roles.OPS), Map.of("today", "2030-01-01")), 409,
                "business-clock-not-settable", null);
        assertThat(api.put(clock, national, Map.of("today", "2030-01-01")).status()).isEqualTo(403);
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

        List<ConsumerRecord<String, CloudEvent>> events = read(Topics.MISSIONS, missionId, 9);
        assertThat(events).extracting(r -> r.value().getType()).containsExactly(
                "fr.ipe.mission.DelegationSigned.v1", "fr.ipe.mission.ReimbursementCommitted.v1",
                "fr.ipe.mission.MissionLetterIssued.v1", "fr.ipe.mission.MissionLetterIssued.v1",
                "fr.ipe.mission.MissionLetterIssued.v1", "fr.ipe.mission.MissionCertified.v1",
                "fr.ipe.mission.MissionEnded.v1", "fr.ipe.mission.ReimbursementReleased.v1",
                "fr.ipe.mission.MissionCertified.v1");
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
        List<ConsumerRecord<String, CloudEvent>> funding = read(Topics.FUNDING, missionId, 4);
        assertThat(funding).extracting(r -> r.value().getType()).containsExactly(
                "fr.ipe.mission.ReimbursementCommitted.v1", "fr.ipe.mission.MissionCertified.v1",
                "fr.ipe.mission.ReimbursementReleased.v1", "fr.ipe.mission.MissionCertified.v1");
        // finance reconciles: 5 580 000 committed, 2 867 500 released by the early end, 2 712 500 certified in all
        JsonNode released = MissionSteps.data(funding.get(2));
        assertThat(released.get("releasedCents").asLong()).isEqualTo(2_867_500L);
        assertThat(released.get("committedCents").asLong()).isEqualTo(5_580_000L - 2_867_500L)
                .isEqualTo(MissionSteps.data(funding.get(1)).get("reimbursementDueCents").asLong()
                        + MissionSteps.data(funding.get(3)).get("reimbursementDueCents").asLong());
        assertThat(second.body().get("reimbursement").get("releasedCents").asLong()).isEqualTo(2_867_500L);
        assertThat(second.body().get("reimbursement").get("committedCents").asLong())
                .isEqualTo(second.body().get("reimbursement").get("dueCents").asLong());
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

        // the activity view: 2008 is a whole year, 2009 is 1 January – 14 February; a rectorat gets its own line only,
        // without a national line or a total it may not see (issue 19, item 12)
        var activity2009 = api.get("/api/missions/activity?period=2009", lyon);
        assertThat(activity2009.status()).as(activity2009.text()).isEqualTo(200);
        assertThat(activity2009.body().get("academies").findValuesAsText("academie")).containsExactly("lyon");
        assertThat(activity2009.body().has("national")).isFalse();
        assertThat(activity2009.body().has("total")).isFalse();
        var nationally = api.get("/api/missions/activity?period=2009", national).body();
        assertThat(nationally.get("total").get("months").decimalValue())
                .isGreaterThanOrEqualTo(nationally.get("academies").get(0).get("months").decimalValue());
        assertThat(nationally.has("national")).isTrue();
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

    /** Issue 19, item 8: dates between steps follow annex 1's order, each refusal a 422 naming the field and rule. */
    @Test
    void stepsDatedOutOfAnnexOnesOrderAreRefusedNamingTheFieldAndTheRule() {
        String ipeId = ipe(company(), "Noa Chronologie", null);
        String needId = steps.postedNeed(lyon, "lyon");
        String need = "/api/missions/needs/" + needId;
        expectRefusal(api.post(need + "/candidatures", association, Map.of("ipeId", ipeId,
                "submittedOn", "1990-01-01")), 422, "candidature-before-need", "submittedOn");
        String candidature = steps.candidature(needId, ipeId);
        expectRefusal(api.post(candidature + "/preselection", association, Map.of("on", "2007-05-13")), 422,
                "preselection-before-candidature", "on");
        assertThat(api.post(candidature + "/preselection", association, Map.of("on", "2007-05-30")).status())
                .isEqualTo(200);
        expectRefusal(api.post(candidature + "/selection", lyon, Map.of("on", "2007-05-29")), 422,
                "selection-before-preselection", "on");
        expectRefusal(api.post(need + "/specification", lyon, MissionSteps.specification(12, "2007-06-20")), 409,
                "no-selected-ipe", null);
        assertThat(api.post(candidature + "/selection", lyon, Map.of("on", "2007-06-12")).status()).isEqualTo(200);
        expectRefusal(api.post(need + "/specification", lyon, MissionSteps.specification(12, "1960-01-01")), 422,
                "specification-before-selection", "specifiedOn");
        assertThat(api.post(need + "/specification", lyon, MissionSteps.specification(12, "2007-06-20")).status())
                .isEqualTo(200);

        Map<String, Object> in1950 = new HashMap<>(Map.of("needId", needId, "startDate", "2000-01-01",
                "endDate", "2035-12-31", "signedOn", "1950-01-01", "salaryAllowanceCentsPerYear", 3_300_000,
                "travelCentsPerYear", 420_000, "reimbursedSharePercent", 50));
        expectRefusal(api.post("/api/missions", lyon, in1950), 422, "delegation-before-specification", "signedOn");
        in1950.put("signedOn", "2007-07-12");
        expectRefusal(api.post("/api/missions", lyon, in1950), 422, "term-disagrees-with-specification", "endDate");
        Map<String, Object> schoolYear2000 = new HashMap<>(in1950);
        schoolYear2000.putAll(Map.of("startDate", "2000-09-01", "endDate", "2001-08-31"));
        var delegated = api.post("/api/missions", lyon, schoolYear2000);
        assertThat(delegated.status()).as(delegated.text()).isEqualTo(201);
        assertThat(delegated.body().get("term").isNull()).as("the term agrees with the specification").isTrue();
        String letters = "/api/missions/" + delegated.body().get("missionId").asText() + "/letters";
        expectRefusal(api.post(letters, lyon, Map.of("schoolYear", "2000-2001", "axisCodes",
                List.of("apprentissage"), "objectives", "Apprentissage", "issuedOn", "2030-01-15")), 422,
                "letter-after-school-year", "issuedOn");
        assertThat(api.get("/api/missions/" + delegated.body().get("missionId").asText(), lyon).body().get("letters"))
                .isEmpty();
    }

    /** Issue 19, item 20: the OpenAPI's promise, a 422 naming {@code durationMonths}, for 0 and 73 months. */
    @Test
    void aSpecificationOutsideOneToSeventyTwoMonthsIs422NamingDurationMonths() {
        String ipeId = ipe(company(), "Eden Durée", null);
        String needId = selectedNeed(lyon, "lyon", ipeId);
        for (int months : new int[] {0, 73, -1}) {
            expectRefusal(api.post("/api/missions/needs/" + needId + "/specification", lyon,
                    MissionSteps.specification(months, "2007-06-21")), 422, "duration-out-of-range", "durationMonths");
        }
        var share = new HashMap<>(delegation(needId, "2007-09-01", "2010-08-31"));
        share.put("reimbursedSharePercent", 101);
        expectRefusal(api.post("/api/missions", lyon, share), 422, "share-out-of-range", "reimbursedSharePercent");
    }

    /**
     * Issue 19, item 10: 3 348 000 cents committed from 16 November 2007 to 3 September 2009; after the early end on
     * 24 April 2009 at most 2 681 500 can become due, and finance's feed releases the other 666 500.
     */
    @Test
    void anEarlyEndReleasesOnTheFundingFeedThePartOfTheCommitmentThatCanNoLongerBeDue() {
        String ipeId = ipe(company(), "Lou Réconciliation", null);
        String needId = selectedNeed(lyon, "lyon", ipeId);
        String missionId = steps.mission(lyon, needId, "2007-11-16", "2009-09-03");
        var delegated = api.get("/api/missions/" + missionId, lyon).body();
        assertThat(delegated.get("reimbursement").get("committedCents").asLong()).isEqualTo(3_348_000L);
        assertThat(delegated.get("term").get("reason").asText()).isNotBlank();
        assertThat(delegated.get("term").get("specifiedEnd").asText()).isEqualTo("2010-11-15");
        var ended = api.post("/api/missions/" + missionId + "/end", lyon, Map.of("endedOn", "2009-04-24",
                "reason", "Retour anticipé dans l'entreprise"));
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);
        assertThat(ended.body().get("reimbursement").get("committedCents").asLong()).isEqualTo(2_681_500L);
        assertThat(ended.body().get("reimbursement").get("releasedCents").asLong()).isEqualTo(666_500L);

        List<ConsumerRecord<String, CloudEvent>> funding = read(Topics.FUNDING, missionId, 2);
        assertThat(funding).extracting(r -> r.value().getType()).containsExactly(
                "fr.ipe.mission.ReimbursementCommitted.v1", "fr.ipe.mission.ReimbursementReleased.v1");
        JsonNode released = MissionSteps.data(funding.get(1));
        assertThat(MissionSteps.data(funding.get(0)).get("committedCents").asLong()
                - released.get("releasedCents").asLong()).isEqualTo(released.get("committedCents").asLong())
                .isEqualTo(2_681_500L);
        assertThat(released.get("lastDay").asText()).isEqualTo("2009-04-24");
        assertThat(funding.get(1).value().getExtension("academie")).isEqualTo("lyon");
    }

    static void expectRefusal(ApiClient.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("rule").asText()).isEqualTo(rule);
        if (field != null) {
            assertThat(response.body().get("field").asText()).isEqualTo(field);
        }
    }

    private static List<ConsumerRecord<String, CloudEvent>> read(String topic, String key, int expected) {
        return MissionSteps.read(topic, key, expected);
    }
}
