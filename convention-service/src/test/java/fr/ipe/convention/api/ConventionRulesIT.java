package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.platform.time.BusinessClock;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The convention's rules as users meet them over HTTP: each accepted once and refused once. */
@ConventionServiceIT
class ConventionRulesIT {

    @LocalServerPort
    int port;
    @Autowired
    BusinessClock clock;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();
    String national;
    String association;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        national = tokens.bearer(Roles.NATIONAL);
        association = tokens.bearer(Roles.ASSOCIATION);
    }

    /** The service instance is the module's: whatever a test did to its business clock, the next finds today's. */
    @AfterEach
    void giveTheClockBack() {
        clock.release();
    }

    private String signed2007() {
        var drafted = api.post("/api/conventions", national, Demo.nationalConvention2007());
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.body().get("conventionId").asText();
        ok(api.post("/api/conventions/" + id + "/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2007-03-01")));
        ok(api.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("ASSOCIATION", "Le président", "2007-03-01")));
        return id;
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    private ApiClient.Response post(String id, String path, String bearer, Map<String, Object> body) {
        return api.post("/api/conventions/" + id + path, bearer, body);
    }

    @Test
    void theSubsidyIsPaidOnceAYearAndOnlyWhileNoArticle5DocumentIsOverdue() {
        String id = signed2007();
        ok(post(id, "/subsidy/notifications", national, Map.of("year", 2008, "amountCents", 180_000_000L,
                "notifiedOn", "2008-04-02")));
        Map<String, Object> payment = Map.of("year", 2008, "amountCents", 180_000_000L, "paidOn", "2008-07-15");

        var overdue = post(id, "/subsidy/payments", national, payment);
        assertThat(overdue.status()).as(overdue.text()).isEqualTo(409);
        assertThat(overdue.body().get("type").asText()).endsWith("/article-5-documents-overdue");
        assertThat(overdue.body().get("detail").asText()).contains("ANNUAL_ACCOUNTS 2007", "FINANCIAL_REPORT 2007");

        for (String document : List.of("FINANCIAL_REPORT", "ANNUAL_ACCOUNTS")) {
            ok(post(id, "/documents", association, Map.of("fiscalYear", 2007, "document", document,
                    "filedOn", "2008-07-10")));
        }
        var partial = post(id, "/subsidy/payments", national, Map.of("year", 2008, "amountCents", 90_000_000L,
                "paidOn", "2008-07-15"));
        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body().get("field").asText()).isEqualTo("amountCents");

        var paid = ok(post(id, "/subsidy/payments", national, payment));
        assertThat(paid.body().get("paidCents").asLong()).isEqualTo(180_000_000L);
        var again = post(id, "/subsidy/payments", national, payment);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asText()).endsWith("/subsidy-already-paid");
    }

    @Test
    void theGeneralAssemblySetsTheDocumentsDueDateAndDeclarationCopiesAreTracked() {
        String id = signed2007();
        var beforeClose = post(id, "/general-assemblies", association, Map.of("fiscalYear", 2007, "heldOn", "2007-11-20"));
        assertThat(beforeClose.status()).isEqualTo(422);
        assertThat(beforeClose.body().get("field").asText()).isEqualTo("heldOn");
        ok(post(id, "/general-assemblies", association, Map.of("fiscalYear", 2007, "heldOn", "2008-04-10")));

        ok(post(id, "/declarations", association, Map.of("article", "ARTICLE_3", "declaredOn", "2007-09-01",
                "filedOn", "2007-12-01")));
        JsonNode obligations = api.get("/api/conventions/" + id + "/obligations", national).body();
        JsonNode accounts2007 = find(obligations.get("documents"), 2007, "ANNUAL_ACCOUNTS");
        assertThat(accounts2007.get("dueOn").asText()).as("one month after the assembly (art. 2)").isEqualTo("2008-05-10");
        JsonNode auditor2007 = find(obligations.get("documents"), 2007, "AUDITOR_REPORT");
        assertThat(auditor2007.get("dueOn").isNull()).as("no fixed deadline (art. 5)").isTrue();
        assertThat(obligations.get("declarationCopies").get(0).get("late").asBoolean()).isTrue();
        assertThat(obligations.get("blockingTacitRenewal").toString()).contains("ARTICLE_3");
    }

    private static JsonNode find(JsonNode documents, int fiscalYear, String document) {
        for (JsonNode d : documents) {
            if (d.get("fiscalYear").asInt() == fiscalYear && d.get("duty").asText().equals(document)) {
                return d;
            }
        }
        throw new AssertionError(document + " " + fiscalYear + " not in " + documents);
    }

    @Test
    void aRenewalConcludesANewConventionWithItsOwnTermsOnceTheEvaluationIsFiled() {
        String id = signed2007();
        Map<String, Object> renewal = new HashMap<>(Map.of("renewedOn", "2011-01-17", "title",
                "Convention pluriannuelle d'objectifs 2011-2014", "objectives", "Nouveaux axes : campus des métiers, "
                        + "périodes de formation en milieu professionnel", "startDate", "2011-03-01", "durationYears", 3,
                "subsidyTotalCents", 510_000_000L, "yearlySubsidyCents", List.of(170_000_000L, 170_000_000L, 170_000_000L)));
        var withoutEvaluation = post(id, "/renewals", national, renewal);
        assertThat(withoutEvaluation.status()).as(withoutEvaluation.text()).isEqualTo(422);
        assertThat(withoutEvaluation.body().get("type").asText()).endsWith("/renewal-requires-evaluation");

        ok(api.put("/api/conventions/operations/business-clock", tokens.bearer(Roles.OPS), Map.of("today", "2007-03-02")));
        // in force, before any document is due: the evaluation is filed early, which art. 9 allows
        ok(post(id, "/final-evaluation", association, Map.of("filedOn", "2007-03-02")));
        var renewed = post(id, "/renewals", national, renewal);
        assertThat(renewed.status()).as(renewed.text()).isEqualTo(201);
        String successor = renewed.body().get("conventionId").asText();
        assertThat(successor).isNotEqualTo(id);
        assertThat(renewed.header("Location")).isEqualTo("/api/conventions/" + successor);
        assertThat(renewed.body().get("status").asText()).isEqualTo("DRAFTED");
        assertThat(renewed.body().get("renewalOf").asText()).isEqualTo(id);
        assertThat(renewed.body().get("objectives").asText()).startsWith("Nouveaux axes");
        assertThat(renewed.body().get("terms").get("subsidyTotalCents").asLong()).isEqualTo(510_000_000L);
        assertThat(api.get("/api/conventions/" + id, national).body().get("renewedBy").asText()).isEqualTo(successor);

        var second = post(id, "/renewals", national, renewal);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("type").asText()).endsWith("/already-renewed");
        ok(api.delete("/api/conventions/operations/business-clock", tokens.bearer(Roles.OPS)));
    }

    @Test
    void aRenewalWhoseNewTermsBreakARuleLeavesBothConventionsUntouched() {
        String id = signed2007();
        ok(api.put("/api/conventions/operations/business-clock", tokens.bearer(Roles.OPS), Map.of("today", "2007-03-02")));
        // in force, before any document is due: the evaluation is filed early, which art. 9 allows
        ok(post(id, "/final-evaluation", association, Map.of("filedOn", "2007-03-02")));
        long version = api.get("/api/conventions/" + id, national).body().get("version").asLong();
        var unbalanced = post(id, "/renewals", national, Map.of("renewedOn", "2011-01-17", "title", "2011-2014",
                "objectives", "Nouveaux axes", "startDate", "2011-03-01", "durationYears", 3,
                "subsidyTotalCents", 510_000_000L, "yearlySubsidyCents", List.of(170_000_000L, 170_000_000L)));
        assertThat(unbalanced.status()).isEqualTo(422);
        JsonNode after = api.get("/api/conventions/" + id, national).body();
        assertThat(after.get("version").asLong()).as("the renewal was rolled back with the draft").isEqualTo(version);
        assertThat(after.get("renewedBy").isNull()).isTrue();
        ok(api.delete("/api/conventions/operations/business-clock", tokens.bearer(Roles.OPS)));
    }

    @Test
    void theCentralAdministrationSignsNationalLevelSecondmentsAndARectoratCannot() {
        Map<String, Object> secondment = Map.of("kind", "SECONDMENT_AGREEMENT", "title", "Délégation à la DGESCO",
                "objectives", "Mission nationale de l'IPE", "startDate", "2008-09-01", "durationYears", 2,
                "parties", List.of(Map.of("role", "MINISTRY", "name", "DGESCO"),
                        Map.of("role", "MEMBER_COMPANY", "name", "Entreprise membre", "identifier", Demo.ASSOCIATION_SIRET)));
        var drafted = api.post("/api/conventions", national, secondment);
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        assertThat(drafted.body().get("academie").isNull()).isTrue();
        assertThat(api.post("/api/conventions", tokens.bearer(Roles.RECTORAT, "lyon"), secondment).status()).isEqualTo(403);
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedBeforeItsBodyIsReadAndValidated() {
        String id = signed2007();
        for (String bearer : List.of(tokens.bearer(Roles.FINANCE), tokens.bearer(Roles.OPS),
                tokens.bearer(Roles.IPE, "lyon"))) {
            Map<String, Map<String, Object>> valid = Map.of(
                    "/termination-notices", Map.of("party", "ASSOCIATION", "noticeOn", "2008-01-10",
                            "breachedArticle", 5, "reason", "Documents de l'article 5 non transmis"),
                    "/termination-withdrawals", Map.of("party", "ASSOCIATION", "withdrawnOn", "2008-01-20"));
            valid.forEach((path, body) -> {
                for (Map<String, Object> sent : List.of(body, Map.<String, Object>of())) {
                    var refused = post(id, path, bearer, sent);
                    assertThat(refused.status()).as(path + " " + sent + ": " + refused.text()).isEqualTo(403);
                    assertThat(refused.body().get("rule").asText()).isEqualTo("forbidden");
                }
            });
        }
    }

    @Test
    void anAvenantNeverReplacesAnnex1() {
        String id = signed2007();
        var annex1 = post(id, "/avenants", national, Map.of("proposedOn", "2008-01-10", "purpose", "Autres actions",
                "annexes", List.of(Map.of("number", 1, "title", "Autres actions"))));
        assertThat(annex1.status()).isEqualTo(422);
        assertThat(annex1.body().get("type").asText()).endsWith("/objectives-annex-cannot-change");
        var annex3 = post(id, "/avenants", national, Map.of("proposedOn", "2008-01-10", "purpose", "Évaluation revue",
                "annexes", List.of(Map.of("number", 3, "title", "Évaluation revue"))));
        assertThat(annex3.status()).as(annex3.text()).isEqualTo(201);
    }

    @Test
    void opsGiveTheBusinessClockBackToTheSystem() {
        String ops = tokens.bearer(Roles.OPS);
        ok(api.put("/api/conventions/operations/business-clock", ops, Map.of("today", "2009-01-01")));
        assertThat(api.get("/api/conventions/operations/business-clock", national).body().get("today").asText())
                .isEqualTo("2009-01-01");
        assertThat(api.delete("/api/conventions/operations/business-clock", national).status()).isEqualTo(403);
        var released = ok(api.delete("/api/conventions/operations/business-clock", ops));
        assertThat(released.body().get("today").asText()).isNotEqualTo("2009-01-01");
    }
}
