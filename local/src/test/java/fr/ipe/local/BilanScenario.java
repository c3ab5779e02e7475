package fr.ipe.local;

import fr.ipe.testkit.http.LiveSubscription;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.platform.domain.Identifiers;
import fr.ipe.testkit.http.ApiClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 2007 national bilan's action lines entered through the gateway as the users would: 2 008 actions on the fourteen
 * themes with their counts (40 at the national level, recorded and validated by the DGESCO; 1 312 in Lyon, recorded by
 * its IPE or its rectorat and validated by its rectorat; 656 in Aix-Marseille, all by its rectorat), figures adding up
 * to 6 025 établissements (the first 100 actions name a UAI they share: it counts once), 222 471 young people (105 607
 * girls, 116 864 boys), 30 974 teachers and staff (11 091 women, 19 883 men), 3 533 companies and 444 professional
 * organisations. The work is spread so that each user sends about the same number of requests (the gateway limits
 * each caller); a 429 is waited out as its Retry-After says. The missions (639.8 months) are the demo data's.
 */
final class BilanScenario {

    private static final Logger log = LoggerFactory.getLogger(BilanScenario.class);

    static final Map<String, Integer> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("stages", 175);
        THEMES.put("trades-information", 245);
        THEMES.put("decouverte-professionnelle", 200);
        THEMES.put("post-bac", 76);
        THEMES.put("job-search-insertion", 63);
        THEMES.put("entrepreneurship", 214);
        THEMES.put("partnership-conventions", 228);
        THEMES.put("local-actors", 188);
        THEMES.put("technology-cooperation", 144);
        THEMES.put("lycees-des-metiers", 88);
        THEMES.put("apprenticeship", 89);
        THEMES.put("mutual-information", 44);
        THEMES.put("ict", 61);
        THEMES.put("other", 193);
    }

    static final int ACTIONS = 2008;
    static final int NATIONAL = 40;
    static final int SHARING_UAI = 100;
    /** The établissement every one of the first {@link #SHARING_UAI} actions names: counted once. */
    static final String SHARED_UAI = uai(750_001);

    private final ApiClient gateway;
    private final String gatewayUrl;
    private final Map<String, String> tokens = new HashMap<>();

    BilanScenario(ApiClient gateway, String gatewayUrl, Function<String, String> token) {
        this.gateway = gateway;
        this.gatewayUrl = gatewayUrl;
        for (String user : List.of("national", "ipe-lyon", "rectorat-lyon", "rectorat-aix-marseille", "association")) {
            tokens.put(user, token.apply(user));
        }
    }

    /** Who records (plans and reports) action {@code i}, who validates it, and in which académie (null: national). */
    record Roles(String academie, String recorder, String validator) {
    }

    static Roles roles(int i) {
        if (i % 50 == 7 && i / 50 < NATIONAL) {
            return new Roles(null, "national", "national");
        }
        // of the others: two in three in Lyon (half recorded by its IPE), one in three in Aix-Marseille
        return switch (i % 3) {
            case 0 -> new Roles("aix-marseille", "rectorat-aix-marseille", "rectorat-aix-marseille");
            case 1 -> new Roles("lyon", "ipe-lyon", "rectorat-lyon");
            default -> new Roles("lyon", i % 2 == 0 ? "ipe-lyon" : "rectorat-lyon", "rectorat-lyon");
        };
    }

    static String theme(int i) {
        int seen = 0;
        for (Map.Entry<String, Integer> theme : THEMES.entrySet()) {
            seen += theme.getValue();
            if (i < seen) {
                return theme.getKey();
            }
        }
        throw new IllegalArgumentException("action " + i);
    }

    static long share(long total, int i) {
        return total / ACTIONS + (i < total % ACTIONS ? 1 : 0);
    }

    static Map<String, Object> plan(int i, String academie) {
        LocalDate first = LocalDate.of(2007, 1, 8).plusDays(i % 300);
        Map<String, Object> plan = new HashMap<>(Map.of("ipeIds", List.of("ipe-2007-" + (i % 53)), "theme", theme(i),
                "title", "Action " + i + " du bilan 2007", "firstDay", first.toString(),
                "lastDay", first.plusDays(2).toString(), "plannedOn", "2007-01-02"));
        if (academie != null) {
            plan.put("academie", academie);
        }
        if (i < SHARING_UAI) {
            plan.put("partners", Map.of("etablissementUais", List.of(uai(690_000 + i), SHARED_UAI)));
        }
        return plan;
    }

    /** The UAI of number {@code n} of the Rhône or Paris: its 7 digits and their check letter. */
    static String uai(int n) {
        String digits = String.format("%07d", n);
        return digits + Identifiers.uaiCheckLetter(digits);
    }

    static Map<String, Object> report(int i) {
        return Map.of("reportedOn", "2007-12-31", "figures", Map.of(
                "etablissements", share(6025 + SHARING_UAI - 1, i), "girls", share(105_607, i),
                "boys", share(116_864, i), "staffWomen", share(11_091, i), "staffMen", share(19_883, i),
                "companies", share(3_533, i), "professionalOrganisations", share(444, i)));
    }

    /** Plans, reports and validates the 2 008 actions through the gateway, 24 at a time. */
    void enterThe2007Actions() throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < ACTIONS; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    Roles roles = roles(n);
                    String id = send("/api/actions", roles.recorder(), plan(n, roles.academie()), 201)
                            .body().get("actionId").asText();
                    send("/api/actions/" + id + "/report", roles.recorder(), report(n), 200);
                    send("/api/actions/" + id + "/validation", roles.validator(), Map.of("validatedOn", "2008-01-15"),
                            200);
                    return null;
                }));
            }
            for (Future<?> action : done) {
                action.get();
            }
        } finally {
            pool.shutdownNow();
        }
        log.info("2 008 actions planned, reported and validated through the gateway in {} s",
                (System.nanoTime() - start) / 1_000_000_000);
    }

    /** The national 2007 bilan's action lines equal the source table's, line by line. */
    void theNational2007BilanHasTheSourceActionLines() throws Exception {
        JsonNode bilan = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            bilan = gateway.get("/api/reports/bilans/2007", tokens.get("association")).body();
            if (bilan.get("actions").asLong() == ACTIONS) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(bilan.get("actions").asLong()).isEqualTo(ACTIONS);
        assertThat(bilan.get("nationalActions").asLong()).isEqualTo(NATIONAL);
        Map<String, Integer> byTheme = new LinkedHashMap<>();
        bilan.get("actionsByTheme").forEach(line -> byTheme.put(line.get("theme").asText(), line.get("actions").asInt()));
        assertThat(byTheme).containsExactlyEntriesOf(THEMES);
        assertThat(bilan.get("etablissements").asLong()).isEqualTo(6_025);
        assertThat(bilan.get("youngPeople").asLong()).isEqualTo(222_471);
        assertThat(bilan.get("girls").asLong()).isEqualTo(105_607);
        assertThat(bilan.get("boys").asLong()).isEqualTo(116_864);
        assertThat(bilan.get("staff").asLong()).isEqualTo(30_974);
        assertThat(bilan.get("staffWomen").asLong()).isEqualTo(11_091);
        assertThat(bilan.get("staffMen").asLong()).isEqualTo(19_883);
        assertThat(bilan.get("companies").asLong()).isEqualTo(3_533);
        assertThat(bilan.get("professionalOrganisations").asLong()).isEqualTo(444);
        assertThat(bilan.get("academiesReported")).extracting(JsonNode::asText)
                .containsExactly("aix-marseille", "lyon");
        // the IPE lines come from mission-service's events: the demo missions (the June 2008 roll-call and three
        // former IPE) give the source's 639.8 months, 53.3 full-time equivalent printed 53, from 56 IPE
        assertThat(bilan.get("monthsOfActivity").decimalValue()).isEqualByComparingTo("639.8");
        assertThat(bilan.get("ipeFullTimeEquivalent").decimalValue()).isEqualByComparingTo("53.3");
        assertThat(bilan.get("ipeFullTimeEquivalentRounded").asLong()).isEqualTo(53);
        assertThat(bilan.get("ipeHeadcount").asLong()).isEqualTo(56);
        var pdf = gateway.get("/api/reports/bilans/2007/pdf", tokens.get("national"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.text()).startsWith("%PDF");
    }

    /** A validation in Lyon reaches Lyon's live bilan through the gateway, and not Aix-Marseille's. */
    void aValidationIsPushedToItsAcademieAndNotToAnother() throws Exception {
        String view = gatewayUrl + "/api/reports/bilans/2008/live?academie=";
        try (LiveSubscription lyon = LiveSubscription.open(view + "lyon", "Bearer " + tokens.get("rectorat-lyon"), null);
             LiveSubscription aix = LiveSubscription.open(view + "aix-marseille",
                     "Bearer " + tokens.get("rectorat-aix-marseille"), null);
             LiveSubscription intruder = LiveSubscription.open(view + "lyon",
                     "Bearer " + tokens.get("rectorat-aix-marseille"), null)) {
            assertThat(intruder.status()).as("another académie's live bilan").isEqualTo(403);
            assertThat(lyon.status()).isEqualTo(200);
            long before = lyon.next(Duration.ofSeconds(10)).data().get("actions").asLong();
            assertThat(aix.next(Duration.ofSeconds(10))).as("Aix-Marseille's current bilan").isNotNull();

            Map<String, Object> plan = new HashMap<>(plan(0, "lyon"));
            plan.remove("partners");
            plan.putAll(Map.of("firstDay", "2008-03-10", "lastDay", "2008-03-11"));
            String id = send("/api/actions", "ipe-lyon", plan, 201).body().get("actionId").asText();
            send("/api/actions/" + id + "/report", "ipe-lyon", Map.of("reportedOn", "2008-03-12", "figures",
                    report(0).get("figures")), 200);
            send("/api/actions/" + id + "/validation", "rectorat-lyon", Map.of("validatedOn", "2008-03-13"), 200);

            LiveSubscription.Event pushed = lyon.next(Duration.ofSeconds(10));
            assertThat(pushed).as("Lyon's bilan pushed after the validation").isNotNull();
            assertThat(pushed.data().get("actions").asLong()).isEqualTo(before + 1);
            assertThat(aix.next(Duration.ofSeconds(3))).as("Aix-Marseille hears nothing of Lyon").isNull();
        }
    }

    /** Sends a command, waiting out the caller's rate limit (429 and its Retry-After). */
    private ApiClient.Response send(String path, String user, Object body, int expected) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            ApiClient.Response answer = gateway.post(path, tokens.get(user), body);
            if (answer.status() == 429 && attempt < 100) {
                Thread.sleep(1000L * Long.parseLong(answer.header("Retry-After") == null ? "1"
                        : answer.header("Retry-After")));
                continue;
            }
            assertThat(answer.status()).as("%s by %s: %s", path, user, answer.text()).isEqualTo(expected);
            return answer;
        }
    }
}
