package fr.ipe.stagebank.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.StageBankIT;
import fr.ipe.stagebank.application.DeadlineSweep;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bank looks ahead: a week is past once it has begun (its Monday, on the business calendar), and past weeks are
 * never proposed nor reserved; an offer or a need with no week ahead is refused.
 */
@StageBankIT
class PastWeeksIT {

    @LocalServerPort
    int port;

    @Autowired
    BusinessClock clock;

    @Autowired
    DeadlineSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String aix;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        aix = TestTokens.get().bearer(Roles.RECTORAT, "aix-marseille");
        clock.set(LocalDate.of(2009, 9, 1));
        HttpResponse<String> imported = CsvImports.post(port, aix, "aix-marseille", "uai,bassin,kind,name,priorities\n"
                + "0840017M,cavaillon,LYCEE_PROFESSIONNEL,Lycée professionnel Alexandre Dumas,REP\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void pastWeeksAreNeitherProposedNorReservable() {
        String offerId = publish("2009-W40", "2009-W46", "2010-W02");
        String needId = need("2009-W40", "2009-W46", "2010-W02");
        clock.set(LocalDate.of(2009, 12, 4));

        JsonNode proposals = api.get("/api/stage-bank/needs/" + needId + "/proposals", aix).body().get("proposals");
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).get("weeks").toString()).isEqualTo("[\"2010-W02\"]");

        for (String past : List.of("2009-W40", "2009-W46")) {
            var reserved = api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                    Map.of("needId", needId, "places", 1, "weeks", List.of(past)));
            assertThat(reserved.status()).as(reserved.text()).isEqualTo(422);
            assertThat(reserved.body().get("rule").asText()).isEqualTo("week-past");
            assertThat(reserved.body().get("field").asText()).isEqualTo("weeks");
        }
        assertThat(api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                Map.of("needId", needId, "places", 1, "weeks", List.of("2010-W02"))).status()).isEqualTo(201);
    }

    @Test
    void anOfferWhoseWeeksAreAllPastIsNeitherProposedNorPublished() {
        String offerId = publish("2009-W40", "2009-W46");
        String needId = need("2009-W40", "2009-W46");
        clock.set(LocalDate.of(2009, 12, 4));

        assertThat(api.get("/api/stage-bank/needs/" + needId + "/proposals", aix).body().get("proposals")).isEmpty();
        var late = api.post("/api/stage-bank/offers", aix, offer("2009-W40", "2009-W46"));
        assertThat(late.status()).as(late.text()).isEqualTo(422);
        assertThat(late.body().get("rule").asText()).isEqualTo("weeks-past");
        assertThat(late.body().get("field").asText()).isEqualTo("weeks");
        var begun = api.post("/api/stage-bank/offers", aix, offer("2009-W49"));
        assertThat(begun.status()).as("a week that has begun (Monday 30 November) is past").isEqualTo(422);
        assertThat(api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                Map.of("needId", needId, "places", 1, "weeks", List.of("2009-W46"))).status()).isEqualTo(422);
    }

    @Test
    void aNeedWhoseWeeksAreAllPastIsRefused() {
        clock.set(LocalDate.of(2009, 12, 4));
        var late = api.post("/api/stage-bank/needs", aix, Map.of("uai", "0840017M", "level", "BAC_PRO", "pupils", 4,
                "weeks", List.of("2009-W40", "2009-W46")));
        assertThat(late.status()).as(late.text()).isEqualTo(422);
        assertThat(late.body().get("rule").asText()).isEqualTo("weeks-past");
        assertThat(late.body().get("field").asText()).isEqualTo("weeks");
    }

    @Test
    void theDeadlineSweepExpiresAnOfferOnceItsLastWeekHasBegunOnTheBusinessClock() {
        String ending = publish("2009-W46", "2009-W47");
        String goingOn = publish("2009-W46", "2010-W02");
        String withdrawn = publish("2009-W47");
        assertThat(api.post("/api/stage-bank/offers/" + withdrawn + "/withdrawal", aix,
                Map.of("reason", "Fermeture de l'atelier")).status()).isEqualTo(200);

        clock.set(LocalDate.of(2009, 11, 15));
        sweep.sweep();
        assertThat(status(ending)).as("the day before its last week, Monday 16 November").isEqualTo("PUBLISHED");

        clock.set(LocalDate.of(2009, 11, 16));
        DeadlineSweep.Outcome outcome = sweep.sweep();
        assertThat(outcome.failures()).isZero();
        assertThat(status(ending)).isEqualTo("EXPIRED");
        assertThat(status(goingOn)).isEqualTo("PUBLISHED");
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        sweep.sweep();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND payloadtype LIKE '%StageOfferExpired'", Long.class, ending)).as("expired once").isEqualTo(1);
        assertThat(api.post("/api/stage-bank/offers/" + ending + "/placements", aix, Map.of("needId",
                need("2009-W47", "2010-W02"), "places", 1, "weeks", List.of("2009-W47"))).status()).isEqualTo(409);
    }

    private String status(String offerId) {
        return api.get("/api/stage-bank/offers/" + offerId, aix).body().get("status").asText();
    }

    private String publish(String... weeks) {
        var offer = api.post("/api/stage-bank/offers", aix, offer(weeks));
        assertThat(offer.status()).as(offer.text()).isEqualTo(201);
        return offer.body().get("offerId").asText();
    }

    private String need(String... weeks) {
        var need = api.post("/api/stage-bank/needs", aix, Map.of("uai", "0840017M", "level", "BAC_PRO", "pupils", 4,
                "weeks", List.of(weeks)));
        assertThat(need.status()).as(need.text()).isEqualTo(201);
        return need.body().get("needId").asText();
    }

    private static Map<String, Object> offer(String... weeks) {
        return Map.of("academie", "aix-marseille", "bassin", "cavaillon", "companySiret", "55208131766522",
                "companyName", "Conserverie du Luberon", "sector", "Agroalimentaire", "trade", "Conduite de ligne",
                "levels", List.of("BAC_PRO"), "placesPerWeek", 2, "weeks", List.of(weeks));
    }
}
