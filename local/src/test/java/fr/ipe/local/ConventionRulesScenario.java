package fr.ipe.local;

import static fr.ipe.local.Convention2007Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The convention's rules as the ministry and the association meet them through the gateway, on one national convention
 * of 2007: the single yearly payment that waits for the art. 5 documents (art. 4), a reduction as a sanction (art. 7,
 * figures invented for the case), an avenant adding a fifth year (art. 11) and the new convention that follows (art. 10).
 */
final class ConventionRulesScenario {

    private static final long YEARLY = 180_000_000L;

    private final ApiClient gateway;
    private final Function<String, String> token;
    private final String national;
    private final String association;
    private final String id;

    ConventionRulesScenario(ApiClient gateway, Function<String, String> token) {
        this.gateway = gateway;
        this.token = token;
        this.national = token.apply("national");
        this.association = token.apply("association");
        this.id = ok(gateway.post("/api/conventions", national, Demo.nationalConvention2007()), 201)
                .body().get("conventionId").asText();
        ok(post("/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2007-03-01")), 200);
        ok(post("/signatures", national, Demo.signature("ASSOCIATION", "Le président", "2007-03-01")), 200);
        clock("2008-04-01");
    }

    String conventionId() {
        return id;
    }

    /** Art. 4: "en une seule fois", "sous réserve du respect par l'association des obligations de l'article 5". */
    void paymentWaitsForTheArticle5DocumentsAndIsMadeOnce() {
        ok(post("/subsidy/notifications", national, Map.of("year", 2008, "amountCents", YEARLY, "notifiedOn", "2008-04-02")), 200);
        Map<String, Object> payment = Map.of("year", 2008, "amountCents", YEARLY, "paidOn", "2008-07-15");
        var overdue = ok(post("/subsidy/payments", national, payment), 409);
        assertThat(overdue.body().get("type").asText()).endsWith("/article-5-documents-overdue");
        fileDocuments(2007, "2008-05-20");
        assertThat(ok(post("/subsidy/payments", national, payment), 200).body().get("paidCents").asLong()).isEqualTo(YEARLY);
        var twice = ok(post("/subsidy/payments", national, payment), 409);
        assertThat(twice.body().get("type").asText()).endsWith("/subsidy-already-paid");
    }

    /** Art. 7, with a reduction invented for the case: the year is then paid net of it, once. */
    void aReductionAsASanctionIsPaidNetOfIt() {
        ok(post("/subsidy/notifications", national, Map.of("year", 2007, "amountCents", YEARLY, "notifiedOn", "2007-04-02")), 200);
        ok(post("/subsidy/reductions", national, Map.of("year", 2007, "amountCents", 10_000_000L,
                "reducedOn", "2007-06-01", "reason", "Retard important dans l'exécution des actions (art. 7)")), 200);
        var gross = ok(post("/subsidy/payments", national, Map.of("year", 2007, "amountCents", YEARLY,
                "paidOn", "2007-07-15")), 422);
        assertThat(gross.body().get("field").asText()).isEqualTo("amountCents");
        ok(post("/subsidy/payments", national, Map.of("year", 2007, "amountCents", YEARLY - 10_000_000L,
                "paidOn", "2007-07-15")), 200);
    }

    /** Art. 11: the end date moves, and with it the anniversaries, the yearly documents and the evaluation. */
    void aFifthYearAvenantMovesTheAnniversariesTheDocumentsAndTheEvaluation() {
        var proposed = ok(post("/avenants", national, Map.of("proposedOn", "2008-10-01",
                "purpose", "Une cinquième année d'exécution", "endDate", "2012-02-29",
                "subsidyTotalCents", 900_000_000L, "yearlySubsidyCents", Collections.nCopies(5, YEARLY),
                "budget", fiveYearBudget())), 201);
        String avenant = proposed.header("Location").substring(proposed.header("Location").lastIndexOf('/') + 1);
        ok(post("/avenants/" + avenant + "/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2008-11-03")), 200);
        JsonNode applied = ok(post("/avenants/" + avenant + "/signatures", national,
                Demo.signature("ASSOCIATION", "Le président", "2008-11-05")), 200).body();
        assertThat(applied.get("terms").get("endDate").asText()).isEqualTo("2012-02-29");
        assertThat(applied.get("subsidy").get("ceilingCents").asLong()).isEqualTo(900_000_000L);

        fileDocuments(2008, "2009-05-20");
        fileDocuments(2009, "2010-05-20");
        clock("2011-03-01");
        JsonNode convention = ok(gateway.get("/api/conventions/" + id, national), 200).body();
        assertThat(convention.get("status").asText()).as("the fourth anniversary renews instead of ending").isEqualTo("IN_FORCE");
        assertThat(convention.get("milestones").findValuesAsText("what")).contains("tacitly renewed for year 5");

        JsonNode obligations = ok(gateway.get("/api/conventions/" + id + "/obligations", national), 200).body();
        assertThat(obligations.get("finalEvaluation").get("dueOn").asText()).isEqualTo("2011-06-30");
        fileDocuments(2010, "2011-05-20");
        ok(post("/documents", association, Map.of("fiscalYear", 2011, "document", "ANNUAL_ACCOUNTS",
                "filedOn", "2012-05-02")), 200);
        ok(post("/final-evaluation", association, Map.of("filedOn", "2011-06-01")), 200);
    }

    /** Art. 10: a new convention, with its own terms and objectives, linked to this one. */
    String aRenewalConcludesANewConventionWithItsOwnTerms() {
        var renewed = ok(post("/renewals", national, Map.of("renewedOn", "2011-11-17",
                "title", "Convention pluriannuelle d'objectifs 2012-2015",
                "objectives", "Nouveaux axes : campus des métiers et des qualifications, périodes de formation en "
                        + "milieu professionnel, accueil des enseignants en entreprise",
                "startDate", "2012-03-01", "durationYears", 3, "subsidyTotalCents", 510_000_000L,
                "yearlySubsidyCents", List.of(170_000_000L, 170_000_000L, 170_000_000L),
                "annexes", List.of(Map.of("number", 1, "title", "Axes 2012-2015")))), 201);
        JsonNode successor = renewed.body();
        assertThat(renewed.header("Location")).isEqualTo("/api/conventions/" + successor.get("conventionId").asText());
        assertThat(successor.get("renewalOf").asText()).isEqualTo(id);
        assertThat(successor.get("status").asText()).isEqualTo("DRAFTED");
        assertThat(successor.get("terms").get("subsidyTotalCents").asLong()).isEqualTo(510_000_000L);
        assertThat(successor.get("objectives").asText()).startsWith("Nouveaux axes");
        assertThat(ok(gateway.get("/api/conventions/" + id, national), 200).body().get("renewedBy").asText())
                .isEqualTo(successor.get("conventionId").asText());
        return successor.get("conventionId").asText();
    }

    private void fileDocuments(int fiscalYear, String filedOn) {
        for (String document : List.of("FINANCIAL_REPORT", "ANNUAL_ACCOUNTS", "AUDITOR_REPORT")) {
            ok(post("/documents", association, Map.of("fiscalYear", fiscalYear, "document", document,
                    "filedOn", filedOn)), 200);
        }
    }

    /** Annex 2 over five years: 48 IPE × 5 × 33 000 € and 55 × 5 × 4 200 €, balanced by the State subsidy. */
    private static Map<String, Object> fiveYearBudget() {
        return Map.of(
                "income", List.of(line("state-subsidy", "Subvention de l'État", 900_000_000L),
                        line("apprenticeship-tax", "Taxe d'apprentissage", 20_000_000L),
                        line("company-contributions", "Contributions des entreprises", 50_000_000L)),
                "spending", List.of(
                        Map.of("code", "salary-allowances", "label", "Indemnités salariales", "amountCents", 792_000_000L,
                                "count", 48, "years", 5, "unitAmountCents", 3_300_000L),
                        Map.of("code", "travel", "label", "Frais de déplacement", "amountCents", 115_500_000L,
                                "count", 55, "years", 5, "unitAmountCents", 420_000L),
                        line("structure-costs", "Frais de structure", 62_500_000L)));
    }

    private static Map<String, Object> line(String code, String label, long amountCents) {
        return Map.of("code", code, "label", label, "amountCents", amountCents);
    }

    private ApiClient.Response post(String path, String bearer, Map<String, Object> body) {
        return gateway.post("/api/conventions/" + id + path, bearer, body);
    }

    private void clock(String date) {
        JsonNode outcome = ok(gateway.put("/api/conventions/operations/business-clock", token.apply("ops"),
                Map.of("today", date)), 200).body();
        assertThat(outcome.get("failures").asInt()).as("deadline sweep as of " + date).isZero();
    }
}
