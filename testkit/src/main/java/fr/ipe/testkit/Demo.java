package fr.ipe.testkit;

import java.util.List;
import java.util.Map;

/** Requests for the 2007 national convention (DOMAIN.md section 1), shared by tests and the local demo data. */
public final class Demo {

    public static final String ASSOCIATION_SIRET = "42843689300013";

    private Demo() {
    }

    /** The convention signed on 1 March 2007: 7 200 000 € over four years, the annex 2 budget of 7 760 000 €. */
    public static Map<String, Object> nationalConvention2007() {
        return Map.ofEntries(
                Map.entry("kind", "NATIONAL_MULTI_YEAR"),
                Map.entry("title", "Convention pluriannuelle d'objectifs 2007-2011"),
                Map.entry("objectives", "L'association s'engage à réaliser les actions de l'annexe 1 ; le ministère "
                        + "contribue financièrement à leur réalisation (article 1)."),
                Map.entry("parties", List.of(
                        Map.of("role", "MINISTRY", "name", "Ministère de l'Éducation nationale (DGESCO)"),
                        Map.of("role", "ASSOCIATION", "name", "Ingénieurs pour l'école", "identifier", ASSOCIATION_SIRET))),
                Map.entry("startDate", "2007-03-01"),
                Map.entry("durationYears", 4),
                Map.entry("subsidyTotalCents", 720_000_000L),
                Map.entry("yearlySubsidyCents", List.of(180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L)),
                Map.entry("fiscalYearEnd", "--12-31"),
                Map.entry("budget", budget2007()),
                Map.entry("annexes", List.of(Map.of("number", 1, "title", "Actions de l'association"),
                        Map.of("number", 3, "title", "Évaluation"))));
    }

    /** Annex 2 of the 2007 convention, in euro cents. */
    public static Map<String, Object> budget2007() {
        return Map.of(
                "income", List.of(
                        line("state-subsidy", "Subvention de l'État", 720_000_000L),
                        line("apprenticeship-tax", "Taxe d'apprentissage", 16_000_000L),
                        line("company-contributions", "Contributions des entreprises", 40_000_000L)),
                "spending", List.of(
                        computed("salary-allowances", "Indemnités salariales", 48, 4, 3_300_000L),
                        computed("travel", "Frais de déplacement", 55, 4, 420_000L),
                        line("structure-costs", "Frais de structure", 50_000_000L)));
    }

    private static Map<String, Object> line(String code, String label, long amountCents) {
        return Map.of("code", code, "label", label, "amountCents", amountCents);
    }

    private static Map<String, Object> computed(String code, String label, int count, int years, long unitCents) {
        return Map.of("code", code, "label", label, "amountCents", count * years * unitCents, "count", count,
                "years", years, "unitAmountCents", unitCents);
    }

    public static Map<String, Object> signature(String party, String signatory, String date) {
        return Map.of("party", party, "signatory", signatory, "signedOn", date);
    }
}
