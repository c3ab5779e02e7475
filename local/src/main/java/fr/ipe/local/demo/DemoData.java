package fr.ipe.local.demo;

import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.TokenClient;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small demo data set, loaded through the gateway's API with the demo users' tokens (never by writing databases),
 * and only once.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ApiClient gateway;
    private final String tokenUrl;

    public DemoData(String gatewayUrl, String tokenUrl) {
        this.gateway = new ApiClient(gatewayUrl);
        this.tokenUrl = tokenUrl;
    }

    /**
     * Loaded once: a restart finds the demo's last request done and loads nothing. Each request carries a fixed
     * Idempotency-Key, so a load interrupted and started again within the keys' retention (24 hours) replays what was
     * done instead of creating anything twice; one interrupted longer ago needs {@code ./run-local --reset}.
     */
    public void loadUnlessPresent() {
        MissionDemoData missions = new MissionDemoData(gateway, tokenUrl);
        if (missions.loaded()) {
            log.info("Demo data already loaded");
            return;
        }
        String national = token("national");
        String id = created(post(national, "demo-national-2007", "", Demo.nationalConvention2007()));
        sign(national, "demo-national-2007-ministry", id,
                Demo.signature("MINISTRY", "Le directeur général de l'enseignement scolaire", "2007-03-01"));
        sign(national, "demo-national-2007-association", id,
                Demo.signature("ASSOCIATION", "Le président de l'association", "2007-03-01"));

        String lyon = token("rectorat-lyon");
        String partnership = created(post(lyon, "demo-lyon-partnership", "", Map.of(
                "kind", "PARTNERSHIP", "title", "Partenariat découverte des métiers de l'industrie", "academie", "lyon",
                "objectives", "Faire découvrir aux collégiens les métiers de la métallurgie",
                "parties", List.of(Map.of("role", "RECTORAT", "name", "Rectorat de l'académie de Lyon", "identifier", "lyon"),
                        Map.of("role", "PROFESSIONAL_BODY", "name", "Branche métallurgie du Rhône", "identifier", "12345678900015")),
                "startDate", "2024-09-01", "durationYears", 3)));
        sign(lyon, "demo-lyon-partnership-rectorat", partnership, Demo.signature("RECTORAT", "La rectrice", "2024-06-20"));
        sign(lyon, "demo-lyon-partnership-branch", partnership,
                Demo.signature("PROFESSIONAL_BODY", "Le président", "2024-06-24"));

        var secondment = post(token("rectorat-aix-marseille"), "demo-aix-marseille-secondment", "", Map.of(
                "kind", "SECONDMENT_AGREEMENT", "title", "Délégation d'un ingénieur auprès du recteur", "academie", "aix-marseille",
                "objectives", "Mettre un ingénieur à disposition du recteur pour développer les partenariats",
                "parties", List.of(Map.of("role", "RECTORAT", "name", "Rectorat de l'académie d'Aix-Marseille", "identifier", "aix-marseille"),
                        Map.of("role", "MEMBER_COMPANY", "name", "Entreprise membre", "identifier", "98765432100015")),
                "startDate", "2025-09-01", "durationYears", 2));
        created(secondment);
        missions.load();
        log.info(secondment.header("Idempotency-Replayed") != null ? "Demo data already loaded"
                : "Demo data loaded: the 2007 national convention (signed), a Lyon partnership (signed), "
                        + "an Aix-Marseille secondment agreement (drafted), the 2008 roll-call's 53 IPE and their missions (639.8 "
                        + "months in 2007)");
    }

    private ApiClient.Response post(String bearer, String idempotencyKey, String path, Object body) {
        return gateway.post("/api/conventions" + path, bearer, body, "Idempotency-Key", idempotencyKey);
    }

    private void sign(String bearer, String idempotencyKey, String conventionId, Object signature) {
        require(post(bearer, idempotencyKey, "/" + conventionId + "/signatures", signature), 200, "sign " + conventionId);
    }

    private String token(String user) {
        return TokenClient.passwordGrant(tokenUrl, user, DemoUsers.PASSWORD);
    }

    private static String created(ApiClient.Response response) {
        require(response, 201, "draft a convention");
        return response.body().get("conventionId").asText();
    }

    private static void require(ApiClient.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException("demo data: could not " + what + ": " + response.status() + " " + response.text());
        }
    }
}
