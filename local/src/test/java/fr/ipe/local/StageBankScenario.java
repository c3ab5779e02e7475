package fr.ipe.local;

import static fr.ipe.local.Convention2007Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.testkit.http.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The académie stage bank through the gateway, with Keycloak's demo users: the rectorat of Aix-Marseille imports its
 * établissements, the association enters a company's offer of 10 places, the rectorat states needs and 50 reservations
 * arrive at once; another académie's rectorat is turned away. The weeks are in 2031 so that the school year 2030-2031
 * holds this scenario's figures only.
 */
final class StageBankScenario {

    static final String ACADEMIE = "aix-marseille";
    static final String WEEK = "2031-W10";
    static final String PERIOD = "2030-2031";
    static final String CSV = """
            uai,bassin,kind,name,priorities
            0130053M,marseille-nord,LYCEE_PROFESSIONNEL,Lycée professionnel de la Viste,ESPOIR_BANLIEUES|REP_PLUS|QPV
            0131234W,marseille-nord,COLLEGE,Collège Henri Barnier,OBJECTIF_STAGES|REP_PLUS
            0130040Y,marseille-nord,LYCEE_POLYVALENT,Lycée polyvalent Saint-Exupéry,
            """;

    private final ApiClient gateway;
    private final String gatewayUrl;
    private final String rectorat;
    private final String otherRectorat;
    private final String association;
    private final String national;
    private String offerId;

    StageBankScenario(ApiClient gateway, String gatewayUrl, Function<String, String> token) {
        this.gateway = gateway;
        this.gatewayUrl = gatewayUrl;
        this.rectorat = token.apply("rectorat-aix-marseille");
        this.otherRectorat = token.apply("rectorat-lyon");
        this.association = token.apply("association");
        this.national = token.apply("national");
    }

    /**
     * 50 reservations of one place at once on an offer of 10 places: exactly 10 are created, 40 get a 409 problem,
     * and the service's views and the reports agree. The rectorat's 50 requests stay within the gateway's burst per
     * caller (100), so none is rate-limited.
     */
    void fiftyConcurrentReservationsOnTenPlaces() throws Exception {
        JsonNode imported = importCsv(rectorat, ACADEMIE, CSV);
        assertThat(imported.get("rows").asInt()).isEqualTo(3);
        offerId = ok(gateway.post("/api/stage-bank/offers", association, Map.of("academie", ACADEMIE,
                "bassin", "marseille-nord", "companySiret", "55208131766522", "companyName", "Atelier de maintenance",
                "sector", "Industrie", "trade", "Maintenance des équipements industriels",
                "levels", List.of("BAC_PRO", "CAP"), "placesPerWeek", 10, "weeks", List.of(WEEK))), 201)
                .body().get("offerId").asText();
        List<String> needs = new ArrayList<>();
        for (String uai : List.of("0130053M", "0131234W", "0130040Y", "0130053M", "0130040Y")) {
            needs.add(ok(gateway.post("/api/stage-bank/needs", rectorat, Map.of("uai", uai, "level", "BAC_PRO",
                    "pupils", 10, "weeks", List.of(WEEK), "objectives", "PFMP évaluée au baccalauréat")), 201)
                    .body().get("needId").asText());
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String needId = needs.get(i % needs.size());
                answers.add(pool.submit(() -> gateway.post("/api/stage-bank/offers/" + offerId + "/placements",
                        rectorat, Map.of("needId", needId, "places", 1, "weeks", List.of(WEEK)))));
            }
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() != 201) {
                    assertThat(response.header("Content-Type")).as(response.text())
                            .startsWith("application/problem+json");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as("50 concurrent reservations on 10 places").isEqualTo(Map.of(201, 10, 409, 40));

        JsonNode offer = ok(gateway.get("/api/stage-bank/offers/" + offerId, rectorat), 200).body();
        assertThat(offer.get("weeks").get(0).get("free").asInt()).isZero();
        int placed = 0;
        for (String needId : needs) {
            placed += ok(gateway.get("/api/stage-bank/needs/" + needId, rectorat), 200).body().get("placed").asInt();
        }
        assertThat(placed).isEqualTo(10);
        JsonNode placements = ok(gateway.get("/api/stage-bank/placements?limit=200&offerId=" + offerId, rectorat), 200)
                .body().get("items");
        assertThat(placements).hasSize(10);

        JsonNode figures = awaitFigures(10, Duration.ofSeconds(30));
        assertThat(figures.get("placesPlaced").asLong()).isEqualTo(placed);
        assertThat(figures.get("placeWeeksOffered").asLong()).isEqualTo(10);
        assertThat(figures.get("needs").asInt()).isEqualTo(needs.size());
        assertThat(figures.get("unmetPupils").asLong()).isEqualTo(50 - placed);
        long priority = 0;
        for (JsonNode placement : placements) {
            priority += placement.get("priorityEtablissement").asBoolean() ? placement.get("places").asInt() : 0;
        }
        assertThat(figures.get("priorityPlacesPlaced").asLong()).isEqualTo(priority);
    }

    /** Another académie's rectorat reaches neither the bank nor its figures; NATIONAL reads them. */
    void anotherAcademiesRectoratIsTurnedAway() {
        assertThat(ok(gateway.get("/api/stage-bank/offers/" + offerId, otherRectorat), 403).body().get("type").asText())
                .endsWith("/forbidden");
        ok(gateway.get("/api/stage-bank/offers?academie=" + ACADEMIE, otherRectorat), 403);
        ok(gateway.post("/api/stage-bank/offers/" + offerId + "/placements", otherRectorat,
                Map.of("needId", "x", "places", 1, "weeks", List.of(WEEK))), 403);
        ok(gateway.get("/api/reports/stage-bank/academies/" + ACADEMIE + "/periods/" + PERIOD, otherRectorat), 403);
        assertThat(ok(gateway.get("/api/stage-bank/offers", otherRectorat), 200).body().get("items")
                .findValuesAsText("offerId")).doesNotContain(offerId);
        ok(gateway.get("/api/stage-bank/offers/" + offerId, national), 200);
    }

    private JsonNode awaitFigures(int placements, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ApiClient.Response last = null;
        while (System.nanoTime() < deadline) {
            last = gateway.get("/api/reports/stage-bank/academies/" + ACADEMIE + "/periods/" + PERIOD, national);
            if (last.status() == 200 && last.body().get("placements").asInt() == placements) {
                return last.body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the reports did not reach " + placements + " placements: "
                + (last == null ? "no answer" : last.status() + " " + last.text()));
    }

    private JsonNode importCsv(String bearer, String academie, String csv) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gatewayUrl
                        + "/api/stage-bank/academies/" + academie + "/etablissements"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    }
}
