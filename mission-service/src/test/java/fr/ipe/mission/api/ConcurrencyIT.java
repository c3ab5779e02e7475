package fr.ipe.mission.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.AtOnce;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Races through HTTP (issue 19, item 7): 16 identical creations sent at once give one 201 and 409 problems naming
 * the rule, never a 500, whichever guard catches them: the application's check (under the account's lock for an IPE's
 * account, whose unique index in the view answered 500 before), or the event store's unique key on an aggregate
 * created twice at once (409 {@code concurrent-modification}).
 */
@IpeServiceTest
class ConcurrencyIT {

    static final int CLIENTS = 16;

    @LocalServerPort
    int port;

    MissionSteps steps;

    @BeforeEach
    void setUp() {
        steps = new MissionSteps(port);
    }

    @Test
    void sixteenRegistrationsOfIpeWithTheSameAccountAtOnceGiveOne201AndFifteen409sNamingTheAccount() {
        String siret = steps.company();
        String account = MissionSteps.unique("ipe-race-");
        List<ApiClient.Response> answers = atOnce(() -> steps.api.post("/api/missions/ipes", steps.association,
                MissionSteps.ipeBody(siret, MissionSteps.unique("Course "), account)));
        assertOneCreatedOthersConflicting(answers);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> {
            assertThat(a.body().get("rule").asText()).isEqualTo("account-taken");
            assertThat(a.body().get("field").asText()).isEqualTo("account");
        });
    }

    @Test
    void sixteenRegistrationsOfTheSameCompanyAtOnceGiveOne201() {
        String siret = MissionSteps.siret();
        assertOneCreatedOthersConflicting(atOnce(() -> steps.api.post("/api/missions/companies", steps.association,
                MissionSteps.companyBody(siret))));
    }

    @Test
    void sixteenDelegationsOfTheSameNeedAtOnceGiveOneMissionAndFifteenNeedDelegated() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Délégation "), null);
        String needId = steps.selectedNeed(steps.lyon, "lyon", ipeId);
        // each delegation reads the need's mission under the IPE's lock, so the others find it, whatever their timing
        assertOneMissionOthersRefused(ipeId, "need-delegated", atOnce(() -> steps.api.post("/api/missions",
                steps.lyon, MissionSteps.delegation(needId, "2007-09-01", "2010-08-31"))));
    }

    /**
     * One IPE selected on four needs, delegated on all four at once for the same years: one mission, three 409
     * {@code missions-overlap} (the rule moved out of the mission view's projection into the delegation's use case).
     */
    @Test
    void overlappingDelegationsOfOneIpeOnFourNeedsAtOnceGiveOneMission() {
        String ipeId = steps.ipe(steps.company(), MissionSteps.unique("Chevauchement "), null);
        Queue<String> needs = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) {
            needs.add(steps.selectedNeed(steps.lyon, "lyon", ipeId));
        }
        assertOneMissionOthersRefused(ipeId, "missions-overlap", AtOnce.send(4, () -> steps.api.post(
                "/api/missions", steps.lyon, MissionSteps.delegation(needs.remove(), "2007-09-01", "2010-08-31"))));
    }

    private void assertOneMissionOthersRefused(String ipeId, String rule, List<ApiClient.Response> answers) {
        assertOneCreatedOthersConflicting(answers);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.body().get("rule").asText()).isEqualTo(rule));
        assertThat(steps.api.get("/api/missions?ipeId=" + ipeId, steps.national).body().get("items")).hasSize(1);
    }

    @Test
    void sixteenAdoptionsOfAYearsPrioritiesAtOnceGiveOne201() {
        int year = 2030;
        while (steps.api.get("/api/missions/priorities/" + year, steps.national).status() != 404) {
            year++;
        }
        var body = Map.of("year", year, "proposedOn", "2029-05-02", "adoptedOn", "2029-06-20",
                "priorities", List.of(Map.of("code", "campus", "title", "Campus des métiers")));
        assertOneCreatedOthersConflicting(atOnce(() -> steps.api.post("/api/missions/priorities", steps.association,
                body)));
    }

    private static void assertOneCreatedOthersConflicting(List<ApiClient.Response> answers) {
        assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString())
                .containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.header("Content-Type")).startsWith("application/problem+json"));
    }

    private static List<ApiClient.Response> atOnce(Supplier<ApiClient.Response> request) {
        return AtOnce.send(CLIENTS, request);
    }
}
