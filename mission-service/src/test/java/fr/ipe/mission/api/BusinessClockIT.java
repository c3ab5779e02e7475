package fr.ipe.mission.api;

import static fr.ipe.mission.api.MissionApiIT.expectRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The business clock of mission-service, as the local run starts it (issue 19, item 11): ops set the date, and the
 * rules that depend on it follow: a year is certified once its days are over, personal data are erased once the
 * retention period is over.
 */
@IpeServiceTest
@TestPropertySource(properties = "ipe.business-clock.settable=true")
class BusinessClockIT {

    static final String CLOCK = "/api/missions/operations/business-clock";

    @LocalServerPort
    int port;

    MissionSteps steps;
    ApiClient api;
    String ops;

    @BeforeEach
    void setUp() {
        steps = new MissionSteps(port);
        api = steps.api;
        ops = steps.tokens.bearer(Roles.OPS);
    }

    @AfterEach
    void giveTheClockBack() {
        assertThat(api.delete(CLOCK, ops).status()).isEqualTo(200);
    }

    void today(String date) {
        var set = api.put(CLOCK, ops, Map.of("today", date));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(set.body().get("today").asText()).isEqualTo(date);
        assertThat(set.body().get("failures").asInt()).isZero();
    }

    @Test
    void opsSetTheDateReadersReadItAndDeleteGivesItBack() {
        assertThat(api.put(CLOCK, steps.national, Map.of("today", "2030-01-01")).status()).isEqualTo(403);
        assertThat(api.put(CLOCK, ops, Map.of("today", "2030-13-01")).status()).isEqualTo(400);
        today("2030-01-01");
        var read = api.get(CLOCK, steps.lyon);
        assertThat(read.body().get("today").asText()).isEqualTo("2030-01-01");
        assertThat(read.body().get("settable").asBoolean()).isTrue();
        assertThat(api.get(CLOCK, steps.tokens.bearer(Roles.IPE, "lyon")).status()).isEqualTo(403);
        assertThat(api.delete(CLOCK, steps.national).status()).isEqualTo(403);
        var released = api.delete(CLOCK, ops);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body().get("today").asText()).isNotEqualTo("2030-01-01");
    }

    @Test
    void aYearIsCertifiedOnceItsDaysAreOverAndAnIpeErasedOnceTheRetentionPeriodIsOver() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Horloge "), null);
        String needId = steps.selectedNeed(steps.lyon, "lyon", ipeId);
        String missionId = steps.mission(steps.lyon, needId, "2026-09-01", "2027-08-31");
        String mission = "/api/missions/" + missionId;
        assertThat(api.post(mission + "/letters", steps.lyon, Map.of("schoolYear", "2026-2027", "axisCodes",
                List.of("apprentissage"), "objectives", "Apprentissage", "issuedOn", "2026-09-02")).status())
                .isEqualTo(200);
        Map<String, Object> certification = Map.of("schoolYear", "2026-2027", "certifiedOn", "2027-09-15");

        today("2026-12-04");
        expectRefusal(api.post(mission + "/certifications", steps.lyon, certification), 422,
                "certified-in-the-future", "certifiedOn");
        today("2027-09-15");
        var certified = api.post(mission + "/certifications", steps.lyon, certification);
        assertThat(certified.status()).as(certified.text()).isEqualTo(200);
        assertThat(certified.body().get("reimbursement").get("dueCents").asLong()).isEqualTo(1_860_000L);

        String erasure = "/api/missions/ipes/" + ipeId + "/erasure";
        expectRefusal(api.post(erasure, steps.association, Map.of()), 409, "retention-not-over", null);
        today("2032-08-30");
        expectRefusal(api.post(erasure, steps.association, Map.of()), 409, "retention-not-over", null);
        today("2032-08-31");
        var erased = api.post(erasure, steps.association, Map.of());
        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.body().get("erasedOn").asText()).isEqualTo("2032-08-31");
    }
}
