package fr.ipe.stagebank.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.contracts.Topics;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.stagebank.StageBankIT;
import fr.ipe.testkit.engines.Engines;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StageBankIT
class StageBankApiIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CSV = """
            uai,bassin,kind,name,priorities
            0130053M,marseille-nord,LYCEE_PROFESSIONNEL,Lycée professionnel de la Viste,ESPOIR_BANLIEUES|REP_PLUS|QPV
            0131234W,marseille-nord,COLLEGE,Collège Henri Barnier,OBJECTIF_STAGES
            0130040Y,marseille-nord,LYCEE_POLYVALENT,Lycée polyvalent Saint-Exupéry,
            """;

    @LocalServerPort
    int port;

    @Autowired
    BusinessClock clock;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String aix;
    String lyon;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        aix = tokens.bearer(Roles.RECTORAT, "aix-marseille");
        lyon = tokens.bearer(Roles.RECTORAT, "lyon");
        clock.set(LocalDate.of(2009, 9, 1));
        assertThat(importCsv(aix, "aix-marseille", CSV).statusCode()).isEqualTo(200);
    }

    @Test
    void theRectoratImportsItsEtablissementsIdempotentlyAndBadRowsAreNamedByLine() throws Exception {
        HttpResponse<String> again = importCsv(aix, "aix-marseille", CSV);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("unchanged").asInt()).isEqualTo(3);

        HttpResponse<String> changed = importCsv(aix, "aix-marseille", CSV.replace("OBJECTIF_STAGES", "REP"));
        assertThat(JSON.readTree(changed.body()).get("changed").asInt()).isEqualTo(1);
        assertThat(api.get("/api/stage-bank/etablissements/0131234W", aix).body().get("priorities").get(0).asText())
                .isEqualTo("REP");

        HttpResponse<String> bad = importCsv(aix, "aix-marseille", """
                uai,bassin,kind,name,priorities
                0130053M,marseille-nord,LYCEE_PROFESSIONNEL,Lycée professionnel de la Viste,REP
                013005M,marseille-nord,COLLEGE,Collège,
                0130099M,marseille-nord,CASERNE,Caserne,REP|PRIORITAIRE
                """);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("uai");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("field").asText()).isEqualTo("kind");
        assertThat(errors.get(2).get("rule").asText()).isEqualTo("priority-flag");
        assertThat(api.get("/api/stage-bank/etablissements/0130053M", aix).body().get("priorities")).hasSize(3)
                .as("a refused file changes nothing");

        assertThat(importCsv(lyon, "aix-marseille", CSV).statusCode()).isEqualTo(403);
        assertThat(importCsv(lyon, "lyon", CSV).statusCode()).as("a UAI of another académie")
                .isEqualTo(422);
    }

    @Test
    void aRectoratNeverReachesAnotherAcademiesBank() {
        var offer = api.post("/api/stage-bank/offers", tokens.bearer(Roles.ASSOCIATION), offer(3, "2009-W46"));
        assertThat(offer.status()).as(offer.text()).isEqualTo(201);
        String offerId = offer.body().get("offerId").asText();
        assertThat(offer.body().get("enteredBy").asText()).isEqualTo("ASSOCIATION");

        assertThat(api.post("/api/stage-bank/offers", lyon, offer(3, "2009-W46")).status()).isEqualTo(403);
        assertThat(api.get("/api/stage-bank/offers/" + offerId, lyon).status()).isEqualTo(403);
        assertThat(api.get("/api/stage-bank/offers?academie=aix-marseille", lyon).status()).isEqualTo(403);
        assertThat(api.get("/api/stage-bank/offers", lyon).body().get("items").findValuesAsText("offerId"))
                .doesNotContain(offerId);
        assertThat(api.get("/api/stage-bank/etablissements/0130053M", lyon).status()).isEqualTo(403);
        String needId = need(aix, "0130053M", "BAC_PRO", 12, "2009-W46");
        assertThat(api.get("/api/stage-bank/needs/" + needId, lyon).status()).isEqualTo(403);
        assertThat(api.get("/api/stage-bank/needs/" + needId + "/proposals", lyon).status()).isEqualTo(403);
        assertThat(api.post("/api/stage-bank/offers/" + offerId + "/placements", lyon,
                Map.of("needId", needId, "places", 1, "weeks", List.of("2009-W46"))).status()).isEqualTo(403);
        assertThat(api.post("/api/stage-bank/offers/" + offerId + "/placements", tokens.bearer(Roles.NATIONAL),
                Map.of("needId", needId, "places", 1, "weeks", List.of("2009-W46"))).status())
                .as("NATIONAL reads, it does not place").isEqualTo(403);
        assertThat(api.get("/api/stage-bank/needs/" + needId, tokens.bearer(Roles.NATIONAL)).status()).isEqualTo(200);
    }

    @Test
    void fiftyConcurrentReservationsOnTenPlacesGiveExactlyTenAndFortyConflicts() throws Exception {
        var offer = api.post("/api/stage-bank/offers", aix, offer(10, "2009-W46"));
        String offerId = offer.body().get("offerId").asText();
        List<String> needIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            needIds.add(need(aix, "0130053M", "BAC_PRO", 12, "2009-W46"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String needId = needIds.get(i % needIds.size());
                Callable<ApiClient.Response> call = () -> api.post("/api/stage-bank/offers/" + offerId + "/placements",
                        aix, Map.of("needId", needId, "places", 1, "weeks", List.of("2009-W46")));
                answers.add(pool.submit(call));
            }
            int created = 0;
            int conflicts = 0;
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                if (response.status() == 201) {
                    created++;
                } else {
                    assertThat(response.status()).as(response.text()).isEqualTo(409);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    conflicts++;
                }
            }
            assertThat(created).isEqualTo(10);
            assertThat(conflicts).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        JsonNode view = api.get("/api/stage-bank/offers/" + offerId, aix).body();
        assertThat(view.get("weeks").get(0).get("free").asInt()).isZero();
        int placed = 0;
        for (String needId : needIds) {
            placed += api.get("/api/stage-bank/needs/" + needId, aix).body().get("placed").asInt();
        }
        assertThat(placed).isEqualTo(10);
        List<ConsumerRecord<String, CloudEvent>> records = readTopic(offerId, 11);
        assertThat(records).extracting(r -> r.value().getType()).filteredOn(t -> t.endsWith("PlacesReserved.v1"))
                .hasSize(10);
        assertThat(records.get(0).value().getExtension("academie")).isEqualTo("aix-marseille");

        var placements = api.get("/api/stage-bank/placements?offerId=" + offerId, aix).body().get("items");
        String placementId = placements.get(0).get("placementId").asText();
        var cancelled = api.post("/api/stage-bank/placements/" + placementId + "/cancellation", aix,
                Map.of("reason", "Élève placé par l'établissement"));
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/stage-bank/offers/" + offerId, aix).body().get("weeks").get(0).get("free").asInt())
                .isEqualTo(1);
        String other = placements.get(1).get("placementId").asText();
        assertThat(api.post("/api/stage-bank/placements/" + other + "/confirmation", aix, "").body().get("status")
                .asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void concurrentReservationsOnTwoOffersNeverPlaceMorePupilsThanTheNeedAsked() throws Exception {
        String first = api.post("/api/stage-bank/offers", aix, offer(10, "2010-W20")).body().get("offerId").asText();
        String second = api.post("/api/stage-bank/offers", aix, offer(10, "2010-W20")).body().get("offerId").asText();
        String needId = need(aix, "0131234W", "BAC_PRO", 5, "2010-W20");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String offerId = i % 2 == 0 ? first : second;
                answers.add(pool.submit(() -> api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                        Map.of("needId", needId, "places", 1, "weeks", List.of("2010-W20")))));
            }
            int created = 0;
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                assertThat(response.status()).as(response.text()).isIn(201, 409);
                created += response.status() == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/api/stage-bank/needs/" + needId, aix).body().get("placed").asInt()).isEqualTo(5);
        int free = api.get("/api/stage-bank/offers/" + first, aix).body().get("weeks").get(0).get("free").asInt()
                + api.get("/api/stage-bank/offers/" + second, aix).body().get("weeks").get(0).get("free").asInt();
        assertThat(free).as("the refused reservations left the offers' places free").isEqualTo(15);
    }

    @Test
    void proposalsPutPriorityEtablissementsFirstAndSayWhy() {
        var offer = api.post("/api/stage-bank/offers", aix, offer(2, "2010-W10", "2010-W11"));
        String offerId = offer.body().get("offerId").asText();
        String priority = need(aix, "0130053M", "BAC_PRO", 2, "2010-W10", "2010-W11");
        String ordinary = need(aix, "0130040Y", "BAC_PRO", 2, "2010-W10", "2010-W11");

        JsonNode forPriority = api.get("/api/stage-bank/needs/" + priority + "/proposals", aix).body();
        JsonNode proposal = forPriority.get("proposals").get(0);
        assertThat(proposal.get("offerId").asText()).isEqualTo(offerId);
        assertThat(proposal.get("places").asInt()).isEqualTo(2);
        assertThat(proposal.get("reasons").toString()).contains("priority établissement").contains("fair share");
        assertThat(api.get("/api/stage-bank/needs/" + ordinary + "/proposals", aix).body().get("proposals"))
                .as("the priority school's need takes the offer's two places first").isEmpty();
        var unknownWeek = api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                Map.of("needId", ordinary, "places", 1, "weeks", List.of("2010-W50")));
        assertThat(unknownWeek.status()).isEqualTo(422);
        assertThat(unknownWeek.body().get("field").asText()).isEqualTo("weeks");
    }

    @Test
    void aNeedsViewShowsThePupilsPlacedAndThoseStillUnmet() {
        String offerId = api.post("/api/stage-bank/offers", aix, offer(10, "2010-W16")).body().get("offerId").asText();
        String needId = need(aix, "0130053M", "BAC_PRO", 12, "2010-W16");
        assertThat(api.get("/api/stage-bank/needs/" + needId, aix).body().get("unmet").asInt()).isEqualTo(12);
        assertThat(api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                Map.of("needId", needId, "places", 5, "weeks", List.of("2010-W16"))).status()).isEqualTo(201);

        JsonNode need = api.get("/api/stage-bank/needs/" + needId, aix).body();
        assertThat(need.get("placed").asInt()).isEqualTo(5);
        assertThat(need.get("unmet").asInt()).isEqualTo(7);
    }

    @Test
    void anotherAcademiesNeedIsAnsweredAsANeedThatDoesNotExist() {
        assertThat(importCsv(lyon, "lyon", "uai,bassin,kind,name,priorities\n"
                + "0690026D,lyon-centre,LYCEE_POLYVALENT,Lycée du Parc,\n").statusCode()).isEqualTo(200);
        String lyonNeed = need(lyon, "0690026D", "BAC_PRO", 3, "2009-W46");
        String offerId = api.post("/api/stage-bank/offers", aix, offer(3, "2009-W46")).body().get("offerId").asText();

        var unknown = api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                Map.of("needId", "no-such-need", "places", 1, "weeks", List.of("2009-W46")));
        var lyons = api.post("/api/stage-bank/offers/" + offerId + "/placements", aix,
                Map.of("needId", lyonNeed, "places", 1, "weeks", List.of("2009-W46")));

        assertThat(lyons.status()).as(lyons.text()).isEqualTo(404).isEqualTo(unknown.status());
        assertThat(lyons.body().get("type")).isEqualTo(unknown.body().get("type"));
        assertThat(lyons.body().get("title")).isEqualTo(unknown.body().get("title"));
        assertThat(lyons.text()).doesNotContainIgnoringCase("lyon");
        assertThat(lyons.body().get("detail").asText().replace(lyonNeed, "no-such-need"))
                .isEqualTo(unknown.body().get("detail").asText());
    }

    @Test
    void aWeakEntityTagNeverMatches() {
        String needId = need(aix, "0130040Y", "CAP", 2, "2010-W18");
        var weak = api.post("/api/stage-bank/needs/" + needId + "/closure", aix, Map.of("reason", "Élèves placés"),
                "If-Match", "W/\"0\"");
        assertThat(weak.status()).as(weak.text()).isEqualTo(412);
        assertThat(weak.header("Content-Type")).startsWith("application/problem+json");
        assertThat(weak.body().get("field").asText()).isEqualTo("If-Match");
        assertThat(api.get("/api/stage-bank/needs/" + needId, aix).body().get("status").asText()).isEqualTo("OPEN");
        assertThat(api.post("/api/stage-bank/needs/" + needId + "/closure", aix, Map.of("reason", "Élèves placés"),
                "If-Match", "\"0\"").status()).isEqualTo(200);
    }

    /** Same tier, same share served, stated the same day: the need stated first gets the single place. */
    @Test
    void theNeedStatedFirstIsServedFirstEvenWhenBothWereStatedTheSameDay() {
        String offerId = api.post("/api/stage-bank/offers", aix, offer(1, "2010-W14")).body().get("offerId").asText();
        String first = need(aix, "0130040Y", "BAC_PRO", 1, "2010-W14");
        String second = need(aix, "0130040Y", "BAC_PRO", 1, "2010-W14");
        while (second.compareTo(first) > 0) {
            close(second);
            second = need(aix, "0130040Y", "BAC_PRO", 1, "2010-W14");
        }

        JsonNode forFirst = api.get("/api/stage-bank/needs/" + first + "/proposals", aix).body().get("proposals");
        assertThat(forFirst).hasSize(1);
        assertThat(forFirst.get(0).get("offerId").asText()).isEqualTo(offerId);
        assertThat(forFirst.get(0).get("places").asInt()).isEqualTo(1);
        assertThat(api.get("/api/stage-bank/needs/" + second + "/proposals", aix).body().get("proposals"))
                .as("the need stated later, though of a smaller id, gets nothing of the single place").isEmpty();
    }

    @Test
    void aWeekOutsideTheBanksWeeksIsRefusedWithTheRuleAndTheField() {
        var offer = api.post("/api/stage-bank/offers", aix, offer(3, "2163-W38"));
        assertThat(offer.status()).as(offer.text()).isEqualTo(422);
        assertThat(offer.body().get("field").asText()).isEqualTo("weeks");
        assertThat(offer.body().get("detail").asText()).contains("weeks").contains("2000-W01").contains("2100-W52")
                .contains("2163-W38");

        var calendar = api.get("/api/stage-bank/academies/aix-marseille/bassins/marseille-nord/calendar"
                + "?from=1999-W10&to=2000-W10", aix);
        assertThat(calendar.status()).as(calendar.text()).isEqualTo(422);
        assertThat(calendar.body().get("field").asText()).isEqualTo("from");
        assertThat(calendar.body().get("detail").asText()).contains("from").contains("2000-W01").contains("2100-W52");

        var missing = api.post("/api/stage-bank/offers", aix, offer(3, "2025-W53"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("detail").asText()).contains("weeks").contains("2025 has 52 ISO weeks");
    }

    private void close(String needId) {
        assertThat(api.post("/api/stage-bank/needs/" + needId + "/closure", aix, Map.of("reason", "Doublon"))
                .status()).isEqualTo(200);
    }

    private Map<String, Object> offer(int places, String... weeks) {
        return Map.of("academie", "aix-marseille", "bassin", "marseille-nord", "companySiret", "55208131766522",
                "companyName", "Atelier de maintenance industrielle", "sector", "Industrie",
                "trade", "Maintenance", "levels", List.of("BAC_PRO", "BTS"), "placesPerWeek", places,
                "weeks", List.of(weeks));
    }

    private String need(String bearer, String uai, String level, int pupils, String... weeks) {
        var need = api.post("/api/stage-bank/needs", bearer, Map.of("uai", uai, "level", level, "pupils", pupils,
                "weeks", List.of(weeks), "objectives", "PFMP"));
        assertThat(need.status()).as(need.text()).isEqualTo(201);
        return need.body().get("needId").asText();
    }

    private HttpResponse<String> importCsv(String bearer, String academie, String csv) {
        return CsvImports.post(port, bearer, academie, csv);
    }

    private static List<ConsumerRecord<String, CloudEvent>> readTopic(String subject, int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", Engines.get().kafkaBootstrapServers(),
                "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            consumer.subscribe(List.of(Topics.STAGES));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (subject.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
