package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every command on a convention takes If-Match and answers the convention's new version as its ETag, as in every
 * service: a version the convention has left (stale) or has not reached (ahead) is refused with 412 and changes
 * nothing; a creation answers 201 with its Location and its ETag. The 2007 national convention is walked through its
 * life, each command sent first with a stale and an ahead version, then with the current one.
 */
@ConventionServiceIT
class ConditionalCommandsIT {

    static final String CLOCK = "/api/conventions/operations/business-clock";

    @LocalServerPort
    int port;

    ApiClient api;
    final String national = TestTokens.get().bearer(Roles.NATIONAL);
    final String ops = TestTokens.get().bearer(Roles.OPS);

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @AfterEach
    void giveTheClockBack() {
        assertThat(api.delete(CLOCK, ops).status()).isEqualTo(200);
    }

    @Test
    void everyCommandOfAConventionsLifeRefusesAStaleOrAheadIfMatchAndAnswersItsNewVersion() {
        var drafted = api.post("/api/conventions", national, Demo.nationalConvention2007());
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.body().get("conventionId").asText();
        assertThat(drafted.header("Location")).isEqualTo("/api/conventions/" + id);
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");

        command(id, "/signatures", Demo.signature("MINISTRY", "DGESCO", "2007-03-01"));
        command(id, "/signatures", Demo.signature("ASSOCIATION", "Le président", "2007-03-01"));
        assertThat(api.put(CLOCK, ops, Map.of("today", "2007-03-02")).status()).as("the clock's sweep").isEqualTo(200);
        assertThat(api.get("/api/conventions/" + id, national).body().get("status").asText()).isEqualTo("IN_FORCE");

        command(id, "/subsidy/notifications", Map.of("year", 2008, "amountCents", 180_000_000L,
                "notifiedOn", "2008-01-15"));
        command(id, "/general-assemblies", Map.of("fiscalYear", 2007, "heldOn", "2008-04-10"));
        for (String document : List.of("FINANCIAL_REPORT", "ANNUAL_ACCOUNTS")) {
            command(id, "/documents", Map.of("fiscalYear", 2007, "document", document, "filedOn", "2008-05-01"));
        }
        command(id, "/declarations", Map.of("article", "ARTICLE_3", "declaredOn", "2008-06-12",
                "filedOn", "2008-06-20"));
        command(id, "/subsidy/payments", Map.of("year", 2008, "amountCents", 180_000_000L, "paidOn", "2008-07-15"));
        command(id, "/subsidy/notifications", Map.of("year", 2009, "amountCents", 180_000_000L,
                "notifiedOn", "2009-01-15"));
        command(id, "/subsidy/suspensions", Map.of("year", 2009, "suspendedOn", "2009-07-02",
                "reason", "Compte rendu financier 2008 non transmis (articles 5 et 7)"));
        command(id, "/subsidy/resumptions", Map.of("year", 2009, "resumedOn", "2009-09-15"));
        command(id, "/subsidy/reductions", Map.of("year", 2009, "amountCents", 20_000_000L,
                "reducedOn", "2009-09-15", "reason", "Retard dans l'exécution des actions de l'annexe 1 (article 7)"));
        command(id, "/subsidy/reclaims", Map.of("year", 2008, "amountCents", 10_000_000L,
                "reclaimedOn", "2009-10-01", "reason", "Actions de l'annexe 1 non exécutées en 2008 (article 7)"));
        command(id, "/termination-notices", Map.of("party", "MINISTRY", "noticeOn", "2009-03-02",
                "breachedArticle", 5, "reason", "Comptes annuels 2008 non transmis (article 5)"));
        command(id, "/termination-withdrawals", Map.of("party", "MINISTRY", "withdrawnOn", "2009-04-15"));

        var avenant = command(id, "/avenants", Map.of("proposedOn", "2009-05-04", "purpose", "Évaluation revue",
                "annexes", List.of(Map.of("number", 3, "title", "Évaluation revue"))));
        assertThat(avenant.status()).isEqualTo(201);
        String avenantPath = avenant.header("Location").substring(("/api/conventions/" + id).length());
        assertThat(avenantPath).matches("/avenants/[0-9a-f-]{36}");
        command(id, avenantPath + "/signatures", Demo.signature("MINISTRY", "DGESCO", "2009-05-11"));
        command(id, avenantPath + "/signatures", Demo.signature("ASSOCIATION", "Le président", "2009-05-12"));
        command(id, "/final-evaluation", Map.of("filedOn", "2010-06-15"));

        long version = version(id);
        var renewed = refusedThenSent(id, "/renewals", Map.of("renewedOn", "2011-01-17",
                "title", "Convention pluriannuelle d'objectifs 2011-2014", "objectives", "Nouveaux axes",
                "startDate", "2011-03-01", "durationYears", 3, "subsidyTotalCents", 510_000_000L,
                "yearlySubsidyCents", List.of(170_000_000L, 170_000_000L, 170_000_000L)));
        assertThat(renewed.status()).as(renewed.text()).isEqualTo(201);
        String successor = renewed.body().get("conventionId").asText();
        assertThat(renewed.header("Location")).isEqualTo("/api/conventions/" + successor);
        assertThat(renewed.header("ETag")).as("the new convention's version").isEqualTo("\"0\"");
        assertThat(version(id)).as("the renewed convention records its successor").isEqualTo(version + 1);
    }

    /** Sends {@code command} stale, ahead, then current; answers the last, whose ETag is the convention's version. */
    private ApiClient.Response command(String id, String command, Object body) {
        long before = version(id);
        ApiClient.Response answer = refusedThenSent(id, command, body);
        assertThat(answer.status()).as(command + ": " + answer.text()).isIn(200, 201);
        long after = version(id);
        assertThat(after).as(command + " changed the convention").isGreaterThan(before);
        assertThat(answer.header("ETag")).as(command).isEqualTo("\"" + after + "\"");
        assertThat(answer.body().path("version").asLong(after)).isEqualTo(after);
        return answer;
    }

    private ApiClient.Response refusedThenSent(String id, String command, Object body) {
        long version = version(id);
        if (version > 0) {
            refused(api.post(path(id, command), national, body, "If-Match", "\"" + (version - 1) + "\""), id, version);
        }
        refused(api.post(path(id, command), national, body, "If-Match", "\"" + (version + 1) + "\""), id, version);
        return api.post(path(id, command), national, body, "If-Match", "\"" + version + "\"");
    }

    private void refused(ApiClient.Response answer, String id, long version) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(412);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("field").asText()).isEqualTo("If-Match");
        assertThat(version(id)).as("nothing changed").isEqualTo(version);
    }

    private long version(String id) {
        var convention = api.get("/api/conventions/" + id, national);
        long version = convention.body().get("version").asLong();
        assertThat(convention.header("ETag")).isEqualTo("\"" + version + "\"");
        return version;
    }

    private static String path(String id, String command) {
        return "/api/conventions/" + id + command;
    }
}
