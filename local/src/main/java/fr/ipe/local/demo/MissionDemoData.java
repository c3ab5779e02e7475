package fr.ipe.local.demo;

import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.TokenClient;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The missions of the demo, loaded through the gateway's API with the demo users' tokens, each request under a fixed
 * Idempotency-Key (a load interrupted and started again within the keys' 24 hours replays the stored answers; a
 * complete load is recognised by {@link #loaded()}). The 2008 seminar's roll-call: 53 IPE active in June 2008 in 21
 * académies, plus three IPE whose missions ended before June 2008. Names and companies are invented and plainly
 * fictitious. Each specification sets the mission's term in months.
 * <p>
 * Dates are chosen so that civil year 2007 totals exactly 639.8 months of activity, the 2007 bilan's figure
 * (53.3 full-time equivalent): 50 roll-call IPE on mission from 1 September 2006 to 31 August 2009 (12 months each in
 * 2007: 600), 3 roll-call IPE from 1 September 2007 to 31 August 2010 (4 months each: 12), and the former IPE: Toulouse
 * from 1 September 2005 to 31 December 2007, at term (12), Lille from 1 September 2005, ended early on
 * 29 February 2008 (12), Nantes from 1 January 2006, ended early on 24 April 2007 (3 months and 24/30 of April: 3.8).
 * The needs of the missions that started before the 2007 convention are recorded on 1 March 2007, the day its mission
 * axes took effect (the sources list no earlier axes).
 */
final class MissionDemoData {

    /** The roll-call of June 2008: académie → IPE. */
    static final Map<String, Integer> ROLL_CALL_2008 = rollCall();
    /** The roll-call IPE (académie, rank) who started in September 2007. */
    static final List<String> STARTED_SEPTEMBER_2007 = List.of("paris-2", "nice-2", "amiens-1");
    static final String[] FIRST_NAMES = {"Camille", "Dominique", "Claude", "Alix", "Sacha", "Charlie"};
    static final List<String> COMPANIES = List.of("90000001000018", "90000002000017", "90000003000016",
            "90000004000015", "90000005000014", "90000006000013");

    private final ApiClient gateway;
    private final String tokenUrl;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    MissionDemoData(ApiClient gateway, String tokenUrl) {
        this.gateway = gateway;
        this.tokenUrl = tokenUrl;
    }

    private static Map<String, Integer> rollCall() {
        Map<String, Integer> roll = new LinkedHashMap<>();
        roll.put("aix-marseille", 6);
        for (String academie : List.of("versailles", "toulouse")) {
            roll.put(academie, 5);
        }
        for (String academie : List.of("nantes", "montpellier")) {
            roll.put(academie, 4);
        }
        for (String academie : List.of("rouen", "lille", "grenoble", "bordeaux")) {
            roll.put(academie, 3);
        }
        for (String academie : List.of("strasbourg", "paris", "orleans-tours", "nice", "creteil")) {
            roll.put(academie, 2);
        }
        for (String academie : List.of("rennes", "poitiers", "lyon", "limoges", "martinique", "dijon", "amiens")) {
            roll.put(academie, 1);
        }
        return roll;
    }

    /** A mission of the demo: its key, académie, dates, and its early end (null when it runs to term or beyond). */
    record DemoMission(String key, String academie, String start, String end, String endedOn, String endReason) {

        /** The term in whole months, the duration its specification sets (every demo term is whole months). */
        int months() {
            return (int) Period.between(LocalDate.parse(start), LocalDate.parse(end).plusDays(1)).toTotalMonths();
        }
    }

    static List<DemoMission> missions() {
        List<DemoMission> missions = new ArrayList<>();
        ROLL_CALL_2008.forEach((academie, count) -> {
            for (int rank = 1; rank <= count; rank++) {
                String key = academie + "-" + rank;
                missions.add(STARTED_SEPTEMBER_2007.contains(key)
                        ? new DemoMission(key, academie, "2007-09-01", "2010-08-31", null, null)
                        : new DemoMission(key, academie, "2006-09-01", "2009-08-31", null, null));
            }
        });
        missions.add(new DemoMission("former-toulouse", "toulouse", "2005-09-01", "2007-12-31", "2007-12-31", null));
        missions.add(new DemoMission("former-lille", "lille", "2005-09-01", "2008-08-31", "2008-02-29",
                "Retour anticipé dans l'entreprise (nouvelle affectation)"));
        missions.add(new DemoMission("former-nantes", "nantes", "2006-01-01", "2007-12-31", "2007-04-24",
                "Départ en retraite anticipé"));
        return missions;
    }

    /**
     * Whether the demo's missions are all loaded: the last request of the load (the early end of the former Nantes
     * IPE's mission) took effect. Stored Idempotency-Key answers expire (24 hours), so a restart after that cannot
     * rely on them to recognise the data it loaded before.
     */
    boolean loaded() {
        ApiClient.Response nantes = gateway.get("/api/missions?academie=nantes&limit=200", token("national"));
        if (nantes.status() != 200) {
            throw new IllegalStateException("mission demo data: the missions of Nantes answered " + nantes.status()
                    + " " + nantes.text());
        }
        String reason = missions().get(missions().size() - 1).endReason();
        return nantes.body().get("items").findValuesAsText("reason").contains(reason);
    }

    void load() {
        String association = token("association");
        for (int i = 0; i < COMPANIES.size(); i++) {
            post(association, "demo-company-" + i, "/api/missions/companies", Map.of("siret", COMPANIES.get(i),
                    "name", "Société Fictive " + (char) ('A' + i) + " (démonstration)", "registeredOn", "2005-06-01"),
                    201);
        }
        List<DemoMission> missions = missions();
        // each mission is independent of the others: four at a time (the load is most of a first start's wait);
        // the last one alone, after all others, since its early end is what marks the load complete (loaded())
        ExecutorService loading = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (int i = 0; i < missions.size() - 1; i++) {
                int index = i;
                loads.add(loading.submit(() -> load(index, missions.get(index), association)));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            loading.shutdownNow();
        }
        load(missions.size() - 1, missions.get(missions.size() - 1), association);
    }

    private void load(int index, DemoMission mission, String association) {
        String key = "demo-mission-" + mission.key();
        String rectorat = token("rectorat-" + mission.academie());
        Map<String, Object> ipe = new HashMap<>(Map.of("companySiret", COMPANIES.get(index % COMPANIES.size()),
                "name", FIRST_NAMES[index % FIRST_NAMES.length] + " Fictif-" + (index + 1),
                "contact", "ipe-fictif-" + (index + 1) + "@example.org", "registeredOn", "2005-06-15"));
        if (mission.key().equals("lyon-1")) {
            ipe.put("account", "ipe-lyon"); // the demo user ipe-lyon reads this IPE's mission
        }
        String ipeId = post(association, key + "-ipe", "/api/missions/ipes", ipe, 201).get("ipeId").asText();
        boolean before2007 = mission.start().compareTo("2007-03-01") < 0;
        String needId = post(rectorat, key + "-need", "/api/missions/needs", Map.of("academie", mission.academie(),
                "title", "Partenariat école-entreprise (" + mission.academie() + ")",
                "profile", "Ingénieur ou cadre confirmé de l'industrie",
                "axisCodes", List.of("stages-tutorat", "partenariat-entreprises"), "nonSubstitutionDeclared", true,
                "nonSubstitutionJustification", "Mission d'interface avec les entreprises : aucun emploi de la "
                        + "fonction publique n'a cet objet",
                "postedOn", before2007 ? "2007-03-01" : "2007-04-02"), 201).get("needId").asText();
        String need = "/api/missions/needs/" + needId;
        String candidature = post(association, key + "-candidature", need + "/candidatures", Map.of("ipeId", ipeId,
                "submittedOn", before2007 ? "2007-03-01" : "2007-05-14"), 201)
                .get("candidatures").get(0).get("candidatureId").asText();
        String decided = before2007 ? "2007-03-01" : "2007-06-12";
        post(association, key + "-preselection", need + "/candidatures/" + candidature + "/preselection",
                Map.of("on", decided), 200);
        post(rectorat, key + "-selection", need + "/candidatures/" + candidature + "/selection", Map.of("on", decided),
                200);
        post(rectorat, key + "-specification", need + "/specification", Map.of("objectives",
                "Développer les stages et les partenariats avec les entreprises", "calendar", "Une lettre de mission "
                        + "par année scolaire", "means", "Bureau au rectorat, frais de déplacement", "durationMonths", mission.months(),
                "specifiedOn", decided), 200);
        String missionId = post(rectorat, key + "-delegation", "/api/missions", Map.of("needId", needId,
                "startDate", mission.start(), "endDate", mission.end(), "signedOn", before2007 ? "2007-03-01"
                        : "2007-07-12", "salaryAllowanceCentsPerYear", 3_300_000, "travelCentsPerYear", 420_000,
                "reimbursedSharePercent", 50), 201).get("missionId").asText();
        String path = "/api/missions/" + missionId;
        boolean over20062007 = mission.end().compareTo("2007-09-01") < 0 || mission.endedOn() != null
                && mission.endedOn().compareTo("2007-09-01") < 0;
        post(rectorat, key + "-letter", path + "/letters", Map.of("schoolYear", over20062007 ? "2006-2007"
                : "2007-2008", "axisCodes", List.of("stages-tutorat", "partenariat-entreprises"),
                "objectives", "Stages en entreprise et partenariats de bassin",
                "issuedOn", over20062007 ? "2007-03-05" : "2007-09-03"), 200);
        if (mission.endedOn() != null) {
            Map<String, Object> end = new HashMap<>(Map.of("endedOn", mission.endedOn()));
            if (mission.endReason() != null) {
                end.put("reason", mission.endReason());
            }
            post(rectorat, key + "-end", path + "/end", end, 200);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode post(String bearer, String idempotencyKey, String path,
                                                         Object body, int expected) {
        for (int attempt = 0; ; attempt++) {
            ApiClient.Response response = gateway.post(path, bearer, body, "Idempotency-Key", idempotencyKey);
            if (response.status() == 429 && attempt < 20) {
                pause(); // the gateway's per-caller rate limit: wait and send again, under the same key
                continue;
            }
            if (response.status() != expected) {
                throw new IllegalStateException("mission demo data: " + path + " answered " + response.status() + " "
                        + response.text());
            }
            return response.body();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> TokenClient.passwordGrant(tokenUrl, u, DemoUsers.PASSWORD));
    }
}
