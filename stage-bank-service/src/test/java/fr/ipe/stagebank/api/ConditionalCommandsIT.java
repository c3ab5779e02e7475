package fr.ipe.stagebank.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.domain.Identifiers;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.StageBankIT;
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

/**
 * Every command of the stage bank takes If-Match and answers the resource's new version as its ETag, as in every
 * service: a creation answers 201 with its Location and ETag, a stale If-Match is refused with 412 and changes nothing.
 * A placement's version is its offer's, the aggregate it lives in.
 */
@StageBankIT
class ConditionalCommandsIT {

    static final String UAI = "0540042" + Identifiers.uaiCheckLetter("0540042");
    static final String STALE = "\"0\"";

    @LocalServerPort
    int port;

    @Autowired
    BusinessClock clock;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String rectorat;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        rectorat = tokens.bearer(Roles.RECTORAT, "nancy-metz");
        clock.set(LocalDate.of(2009, 9, 1));
        HttpResponse<String> imported = CsvImports.post(port, rectorat, "nancy-metz",
                "uai,bassin,kind,name,priorities\n" + UAI + ",nancy,LYCEE_PROFESSIONNEL,Lycée professionnel Emmanuel Héré,REP\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void aReservationAnswersItsLocationAndItsOffersNewVersionAsItsETag() {
        String offerId = offer();
        String needId = need();

        var reserved = api.post("/api/stage-bank/offers/" + offerId + "/placements", rectorat,
                Map.of("needId", needId, "places", 2, "weeks", List.of("2010-W03")), "If-Match", "\"0\"");

        assertThat(reserved.status()).as(reserved.text()).isEqualTo(201);
        String placementId = reserved.body().get("placementId").asText();
        assertThat(reserved.header("Location")).endsWith("/api/stage-bank/placements/" + placementId);
        assertThat(reserved.header("ETag")).isEqualTo("\"1\"");
        assertThat(reserved.body().get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/stage-bank/placements/" + placementId, rectorat).header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get("/api/stage-bank/offers/" + offerId, rectorat).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aStaleIfMatchOnAnOfferOrAPlacementIsRefusedWith412AndChangesNothing() {
        String offerId = offer();
        String needId = need();
        String placementId = api.post("/api/stage-bank/offers/" + offerId + "/placements", rectorat,
                Map.of("needId", needId, "places", 2, "weeks", List.of("2010-W03"))).body().get("placementId").asText();

        stale(api.post("/api/stage-bank/offers/" + offerId + "/placements", rectorat,
                Map.of("needId", needId, "places", 1, "weeks", List.of("2010-W03")), "If-Match", STALE));
        stale(api.post("/api/stage-bank/placements/" + placementId + "/confirmation", rectorat, "", "If-Match", STALE));
        stale(api.post("/api/stage-bank/placements/" + placementId + "/cancellation", rectorat,
                Map.of("reason", "Élève placé par l'établissement"), "If-Match", STALE));
        clock.set(LocalDate.of(2010, 1, 25));
        stale(api.post("/api/stage-bank/offers/" + offerId + "/expiry", rectorat, "", "If-Match", STALE));

        assertThat(api.get("/api/stage-bank/placements/" + placementId, rectorat).body().get("status").asText())
                .isEqualTo("RESERVED");
        assertThat(api.get("/api/stage-bank/needs/" + needId, rectorat).body().get("placed").asInt()).isEqualTo(2);
        assertThat(api.get("/api/stage-bank/offers/" + offerId, rectorat).body().get("status").asText())
                .isEqualTo("PUBLISHED");

        var confirmed = api.post("/api/stage-bank/placements/" + placementId + "/confirmation", rectorat, "",
                "If-Match", "\"1\"");
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.header("ETag")).isEqualTo("\"2\"");
        var expired = api.post("/api/stage-bank/offers/" + offerId + "/expiry", rectorat, "", "If-Match", "\"2\"");
        assertThat(expired.status()).as(expired.text()).isEqualTo(200);
        assertThat(expired.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void aStaleIfMatchOnACommitmentOrAMentorIsRefusedWith412AndChangesNothing() {
        var committed = api.post("/api/stage-bank/commitments", rectorat, Map.of("academie", "nancy-metz",
                "companySiret", "55208131766522", "companyName", "Atelier", "trainees", 6, "schoolYear", "2009-2010"));
        assertThat(committed.header("ETag")).isEqualTo("\"0\"");
        String commitmentId = committed.body().get("commitmentId").asText();
        var renewed = api.post("/api/stage-bank/commitments/" + commitmentId + "/renewals", rectorat,
                Map.of("schoolYear", "2010-2011", "trainees", 8), "If-Match", "\"0\"");
        assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
        assertThat(renewed.header("ETag")).isEqualTo("\"1\"");
        stale(api.post("/api/stage-bank/commitments/" + commitmentId + "/renewal-declines", rectorat,
                Map.of("schoolYear", "2011-2012", "reason", "Mauvaise expérience"), "If-Match", STALE));
        assertThat(api.get("/api/stage-bank/commitments/" + commitmentId, rectorat).body().get("status").asText())
                .isEqualTo("ACTIVE");

        String mentorId = api.post("/api/stage-bank/mentors", rectorat, Map.of("academie", "nancy-metz",
                "reference", "PAR-2009-054", "status", "ACTIVE")).body().get("mentorId").asText();
        var recorded = api.post("/api/stage-bank/mentors/" + mentorId + "/mentoring", rectorat,
                Map.of("uai", UAI, "schoolYear", "2009-2010", "youngPeople", 3), "If-Match", "\"0\"");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        assertThat(recorded.header("ETag")).isEqualTo("\"1\"");
        stale(api.post("/api/stage-bank/mentors/" + mentorId + "/mentoring", rectorat,
                Map.of("uai", UAI, "schoolYear", "2009-2010", "youngPeople", 5), "If-Match", STALE));
        assertThat(api.get("/api/stage-bank/mentors/" + mentorId, rectorat).body().get("mentoring").get(0)
                .get("youngPeople").asInt()).isEqualTo(3);
    }

    /** A school year that is no school year is refused as every period that does not parse. */
    @Test
    void aCommitmentForAPeriodThatIsNoSchoolYearIsAnInvalidPeriod() {
        var refused = api.post("/api/stage-bank/commitments", rectorat, Map.of("academie", "nancy-metz",
                "companySiret", "55208131766522", "companyName", "Atelier", "trainees", 6, "schoolYear", "2009-2011"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.body().get("rule").asText()).isEqualTo("invalid-period");
        assertThat(refused.body().get("field").asText()).isEqualTo("schoolYear");
    }

    private static void stale(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(412);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("field").asText()).isEqualTo("If-Match");
    }

    private String offer() {
        var offer = api.post("/api/stage-bank/offers", rectorat, Map.of("academie", "nancy-metz", "bassin", "nancy",
                "companySiret", "55208131766522", "companyName", "Atelier de chaudronnerie", "sector", "Industrie",
                "trade", "Chaudronnerie", "levels", List.of("BAC_PRO"), "placesPerWeek", 4,
                "weeks", List.of("2010-W03", "2010-W04")));
        assertThat(offer.status()).as(offer.text()).isEqualTo(201);
        assertThat(offer.header("ETag")).isEqualTo("\"0\"");
        return offer.body().get("offerId").asText();
    }

    private String need() {
        var need = api.post("/api/stage-bank/needs", rectorat, Map.of("uai", UAI, "level", "BAC_PRO", "pupils", 6,
                "weeks", List.of("2010-W03", "2010-W04")));
        assertThat(need.status()).as(need.text()).isEqualTo(201);
        assertThat(need.header("ETag")).isEqualTo("\"0\"");
        return need.body().get("needId").asText();
    }
}
