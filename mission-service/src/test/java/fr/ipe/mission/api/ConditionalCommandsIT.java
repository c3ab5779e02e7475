package fr.ipe.mission.api;

import static fr.ipe.mission.api.MissionApiIT.expectRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every command of the missions' API takes If-Match and answers the resource's new version as its ETag, as in every
 * service (issue 18): a creation answers 201 with its Location and ETag; an If-Match older than the resource, or ahead
 * of it, is refused with 412 and changes nothing. One problem type per rule: a school year that is none is an
 * {@code invalid-period}, as every period is; an académie that is no slug a 400 naming it.
 */
@IpeServiceTest
class ConditionalCommandsIT {

    static final String STALE = "\"0\"";
    static final String AHEAD = "\"99\"";

    @LocalServerPort
    int port;

    MissionSteps steps;
    ApiClient api;

    @BeforeEach
    void setUp() {
        steps = new MissionSteps(port);
        api = steps.api;
    }

    @Test
    void everyCreationAnswersItsLocationAndItsVersionAsItsETag() {
        String siret = MissionSteps.siret();
        var company = api.post("/api/missions/companies", steps.association, MissionSteps.companyBody(siret));
        created(company, "/api/missions/companies/" + siret, "\"0\"");
        assertThat(api.get("/api/missions/companies/" + siret, steps.national).header("ETag")).isEqualTo("\"0\"");

        // an IPE's registration is two events: the IPE, and its sealed identity
        var ipe = api.post("/api/missions/ipes", steps.association,
                MissionSteps.ipeBody(siret, MissionSteps.unique("Version "), null));
        String ipeId = ipe.body().get("ipeId").asText();
        created(ipe, "/api/missions/ipes/" + ipeId, "\"1\"");
        assertThat(ipe.body().get("version").asLong()).isEqualTo(1);

        int year = 2040;
        while (api.get("/api/missions/priorities/" + year, steps.national).status() != 404) {
            year++;
        }
        var priorities = api.post("/api/missions/priorities", steps.association, Map.of("year", year,
                "proposedOn", "2039-05-02", "adoptedOn", "2039-06-20",
                "priorities", List.of(Map.of("code", "campus", "title", "Campus des métiers"))));
        created(priorities, "/api/missions/priorities/" + year, "\"0\"");

        var need = api.post("/api/missions/needs", steps.lyon, MissionSteps.need("lyon"));
        String needId = need.body().get("needId").asText();
        created(need, "/api/missions/needs/" + needId, "\"0\"");
        var candidature = api.post("/api/missions/needs/" + needId + "/candidatures", steps.association,
                Map.of("ipeId", ipeId, "submittedOn", "2007-05-14"), "If-Match", "\"0\"");
        String candidatureId = candidature.body().get("candidatures").get(0).get("candidatureId").asText();
        created(candidature, "/api/missions/needs/" + needId + "/candidatures/" + candidatureId, "\"1\"");
    }

    @Test
    void anIfMatchOlderOrAheadOfANeedIsRefusedWith412AndChangesNothing() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Conditionnel "), null);
        String needId = steps.postedNeed(steps.lyon, "lyon");
        String candidature = steps.candidature(needId, ipeId);

        stale(api.post(candidature + "/preselection", steps.association, Map.of("on", "2007-05-30"), "If-Match",
                STALE));
        stale(api.post(candidature + "/preselection", steps.association, Map.of("on", "2007-05-30"), "If-Match",
                AHEAD));
        stale(api.post(candidature + "/rejection", steps.lyon, Map.of("on", "2007-06-01", "reason", "Profil"),
                "If-Match", AHEAD));
        stale(api.post("/api/missions/needs/" + needId + "/candidatures", steps.association,
                Map.of("ipeId", ipeId, "submittedOn", "2007-05-14"), "If-Match", AHEAD));
        var need = api.get("/api/missions/needs/" + needId, steps.lyon);
        assertThat(need.header("ETag")).isEqualTo("\"1\"");
        assertThat(need.body().get("candidatures").get(0).get("status").asText()).isEqualTo("SUBMITTED");

        var preselected = api.post(candidature + "/preselection", steps.association, Map.of("on", "2007-05-30"),
                "If-Match", "\"1\"");
        assertThat(preselected.status()).as(preselected.text()).isEqualTo(200);
        assertThat(preselected.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void anIfMatchOlderOrAheadOfAMissionIsRefusedWith412AndChangesNothing() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Lettre "), null);
        String needId = steps.selectedNeed(steps.lyon, "lyon", ipeId);
        var delegated = api.post("/api/missions", steps.lyon, MissionSteps.delegation(needId, "2007-09-01",
                "2010-08-31"));
        String missionId = delegated.body().get("missionId").asText();
        // the delegation and the reimbursement it commits
        created(delegated, "/api/missions/" + missionId, "\"1\"");
        String mission = "/api/missions/" + missionId;
        Map<String, Object> letter = Map.of("schoolYear", "2007-2008", "axisCodes", List.of("stages-tutorat"),
                "objectives", "Stages", "issuedOn", "2007-09-03");

        stale(api.post(mission + "/letters", steps.lyon, letter, "If-Match", STALE));
        stale(api.post(mission + "/letters", steps.lyon, letter, "If-Match", AHEAD));
        stale(api.post(mission + "/end", steps.lyon, Map.of("endedOn", "2010-08-31"), "If-Match", AHEAD));
        assertThat(api.get(mission, steps.lyon).body().get("letters")).isEmpty();

        var issued = api.post(mission + "/letters", steps.lyon, letter, "If-Match", "\"1\"");
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        assertThat(issued.header("ETag")).isEqualTo("\"2\"");
        stale(api.post(mission + "/certifications", steps.lyon, Map.of("schoolYear", "2007-2008",
                "certifiedOn", "2008-09-15"), "If-Match", "\"1\""));
        assertThat(api.get(mission, steps.lyon).body().get("certifications")).isEmpty();
    }

    @Test
    void anErasureTakesIfMatchAndAnswersTheIpesNewVersion() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Effaçable "), null);
        String erasure = "/api/missions/ipes/" + ipeId + "/erasure";
        stale(api.post(erasure, steps.association, Map.of(), "If-Match", STALE));
        stale(api.post(erasure, steps.association, Map.of(), "If-Match", AHEAD));
        assertThat(api.get("/api/missions/ipes/" + ipeId, steps.association).body().get("erasedOn").isNull())
                .isTrue();

        var erased = api.post(erasure, steps.association, Map.of(), "If-Match", "\"1\"");
        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.header("ETag")).isEqualTo("\"2\"");
        assertThat(erased.body().get("erasedOn").isNull()).isFalse();
    }

    @Test
    void aLetterForWhatIsNoSchoolYearIsAnInvalidPeriodAndAnAcademieThatIsNoSlugIsMalformed() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Période "), null);
        String missionId = steps.mission(steps.lyon, steps.selectedNeed(steps.lyon, "lyon", ipeId), "2007-09-01",
                "2010-08-31");
        for (String notASchoolYear : List.of("2008", "2007-2009")) {
            expectRefusal(api.post("/api/missions/" + missionId + "/letters", steps.lyon, Map.of("schoolYear",
                    notASchoolYear, "axisCodes", List.of("stages-tutorat"), "objectives", "Stages",
                    "issuedOn", "2007-09-03")), 422, "invalid-period", "schoolYear");
        }
        expectRefusal(api.get("/api/missions/activity?period=2007-2009", steps.national), 422, "invalid-period",
                "period");

        var need = MissionSteps.need("Lyon!");
        var refused = api.post("/api/missions/needs", steps.national, need);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("academie");
        assertThat(api.get("/api/missions?academie=Lyon!", steps.national).status()).isEqualTo(400);
    }

    private static void created(ApiClient.Response answer, String location, String etag) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo(location);
        assertThat(answer.header("ETag")).isEqualTo(etag);
    }

    private static void stale(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(412);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("field").asText()).isEqualTo("If-Match");
    }
}
