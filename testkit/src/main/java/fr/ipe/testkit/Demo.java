package fr.ipe.testkit;

import java.util.List;
import java.util.Map;

/** Requests for the 2007 national convention (DOMAIN.md section 1), shared by tests and the local demo data. */
public final class Demo {

    public static final String ASSOCIATION_SIRET = "42843689300013";

    private Demo() {
    }

    public static Map<String, Object> nationalConvention2007() {
        return Map.of(
                "kind", "NATIONAL_MULTI_YEAR",
                "title", "Convention pluriannuelle d'objectifs 2007-2011",
                "parties", List.of(
                        Map.of("role", "MINISTRY", "name", "Ministère de l'Éducation nationale (DGESCO)"),
                        Map.of("role", "ASSOCIATION", "name", "Ingénieurs pour l'école", "identifier", ASSOCIATION_SIRET)),
                "startDate", "2007-03-01",
                "durationYears", 4,
                "subsidyTotalCents", 720_000_000L,
                "annualSubsidyCents", 180_000_000L);
    }

    public static Map<String, Object> signature(String party, String signatory, String date) {
        return Map.of("party", party, "signatory", signatory, "signedOn", date);
    }
}
