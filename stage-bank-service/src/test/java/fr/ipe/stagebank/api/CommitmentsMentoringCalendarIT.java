package fr.ipe.stagebank.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

@StageBankIT
class CommitmentsMentoringCalendarIT {

    @LocalServerPort
    int port;

    @Autowired
    BusinessClock clock;

    final TestTokens tokens = TestTokens.get();

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(2009, 9, 1));
    }

    @Test
    void aCommitmentIsRenewedYearlyThenDeclinedWithItsReason() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String association = tokens.bearer(Roles.ASSOCIATION);
        var committed = api.post("/api/stage-bank/commitments", association, Map.of("academie", "amiens",
                "companySiret", "55208131766522", "companyName", "Atelier", "trainees", 6, "schoolYear", "2009-2010"));
        assertThat(committed.status()).as(committed.text()).isEqualTo(201);
        String id = committed.body().get("commitmentId").asText();
        assertThat(api.post("/api/stage-bank/commitments/" + id + "/renewals", association,
                Map.of("schoolYear", "2010-2011", "trainees", 8)).status()).isEqualTo(200);
        var declined = api.post("/api/stage-bank/commitments/" + id + "/renewal-declines", association,
                Map.of("schoolYear", "2011-2012", "reason", "Mauvaise expérience"));
        assertThat(declined.body().get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.body().get("years")).hasSize(2);
        assertThat(declined.body().get("declineReason").asText()).isEqualTo("Mauvaise expérience");
        assertThat(api.post("/api/stage-bank/commitments/" + id + "/renewals", association,
                Map.of("schoolYear", "2012-2013", "trainees", 8)).status()).isEqualTo(409);
        assertThat(api.get("/api/stage-bank/commitments/" + id, tokens.bearer(Roles.RECTORAT, "lyon")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/stage-bank/commitments/" + id, tokens.bearer(Roles.RECTORAT, "amiens")).status())
                .isEqualTo(200);

        var gone = api.post("/api/stage-bank/commitments", association, Map.of("academie", "amiens",
                "companySiret", "55208131766522", "companyName", "Atelier", "trainees", 6, "schoolYear", "2008-2009"));
        assertThat(gone.status()).as(gone.text()).isEqualTo(422);
        assertThat(gone.body().get("rule").asText()).isEqualTo("school-year-over");
        assertThat(gone.body().get("field").asText()).isEqualTo("schoolYear");
    }

    @Test
    void mentorsCountTheYoungPeopleTheyFollowAndTheCalendarSetsOffersAgainstNeeds() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String rectorat = tokens.bearer(Roles.RECTORAT, "besancon");
        HttpResponse<String> imported = CsvImports.post(port, rectorat, "besancon",
                "uai,bassin,kind,name,priorities\n0250001R,besancon,COLLEGE,Collège Diderot,REP\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        var named = api.post("/api/stage-bank/mentors", rectorat, Map.of("academie", "besancon",
                "reference", "Jean Dupont", "status", "RETIRED"));
        assertThat(named.status()).as("a mentor is known by a reference, never by name").isEqualTo(400);
        assertThat(named.body().get("field").asText()).isEqualTo("reference");
        var mentor = api.post("/api/stage-bank/mentors", rectorat, Map.of("academie", "besancon",
                "reference", "PAR-017", "status", "RETIRED"));
        assertThat(mentor.status()).as(mentor.text()).isEqualTo(201);
        String mentorId = mentor.body().get("mentorId").asText();
        api.post("/api/stage-bank/mentors/" + mentorId + "/mentoring", rectorat,
                Map.of("uai", "0250001R", "schoolYear", "2009-2010", "youngPeople", 3));
        JsonNode recorded = api.post("/api/stage-bank/mentors/" + mentorId + "/mentoring", rectorat,
                Map.of("uai", "0250001R", "schoolYear", "2009-2010", "youngPeople", 4)).body();
        assertThat(recorded.get("mentoring")).hasSize(1);
        assertThat(recorded.get("mentoring").get(0).get("youngPeople").asInt()).isEqualTo(4);
        assertThat(api.post("/api/stage-bank/mentors/" + mentorId + "/mentoring", rectorat,
                Map.of("uai", "0130053M", "schoolYear", "2009-2010", "youngPeople", 1)).status()).isEqualTo(422);

        api.post("/api/stage-bank/offers", rectorat, Map.of("academie", "besancon", "bassin", "besancon",
                "companySiret", "55208131766522", "companyName", "Atelier", "sector", "Industrie", "trade", "Usinage",
                "levels", List.of("TROISIEME_DP"), "placesPerWeek", 3, "weeks", List.of("2010-W03", "2010-W05")));
        api.post("/api/stage-bank/needs", rectorat, Map.of("uai", "0250001R", "level", "TROISIEME_DP", "pupils", 5,
                "weeks", List.of("2010-W05", "2010-W06")));
        JsonNode calendar = api.get("/api/stage-bank/academies/besancon/bassins/besancon/calendar?from=2010-W01"
                + "&to=2010-W10", rectorat).body();
        assertThat(calendar.get("weeks").toString()).isEqualTo("[{\"week\":\"2010-W03\",\"placesOffered\":3,"
                + "\"placesFree\":3,\"pupilsRequested\":0,\"pupilsUnmet\":0},{\"week\":\"2010-W05\",\"placesOffered\":3,"
                + "\"placesFree\":3,\"pupilsRequested\":5,\"pupilsUnmet\":5},{\"week\":\"2010-W06\",\"placesOffered\":0,"
                + "\"placesFree\":0,\"pupilsRequested\":5,\"pupilsUnmet\":5}]");
        assertThat(api.get("/api/stage-bank/academies/besancon/bassins/besancon/calendar?from=2010-W01&to=2010-W10",
                tokens.bearer(Roles.RECTORAT, "lyon")).status()).isEqualTo(403);
    }
}
