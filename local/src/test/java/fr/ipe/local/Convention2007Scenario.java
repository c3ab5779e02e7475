package fr.ipe.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The 2007 national convention of the source document, with the figures of the source only, run through the gateway as
 * the ministry, the association and the operators would: signed on 1 March 2007, four yearly notifications of
 * 1 800 000 € (art. 4) each paid in a single payment, the association's documents every year, the final evaluation,
 * and the end of the term on 28 February 2011; the business clock moves the years along.
 */
final class Convention2007Scenario {

    static final long YEARLY = 180_000_000L;

    private final ApiClient gateway;
    private final Function<String, String> token;

    Convention2007Scenario(ApiClient gateway, Function<String, String> token) {
        this.gateway = gateway;
        this.token = token;
    }

    String run() {
        String national = token.apply("national");
        String association = token.apply("association");

        String id = ok(gateway.post("/api/conventions", national, Demo.nationalConvention2007()), 201)
                .body().get("conventionId").asText();
        ok(gateway.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("MINISTRY", "Le directeur général de l'enseignement scolaire", "2007-03-01")), 200);
        ok(gateway.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("ASSOCIATION", "Le président de l'association", "2007-03-01")), 200);

        clock("2007-03-01");
        for (int year = 2007; year <= 2010; year++) {
            if (year > 2007) {
                clock(year + "-03-01");
                for (String document : List.of("FINANCIAL_REPORT", "ANNUAL_ACCOUNTS", "AUDITOR_REPORT")) {
                    ok(gateway.post("/api/conventions/" + id + "/documents", association, Map.of("fiscalYear", year - 1,
                            "document", document, "filedOn", year + "-05-20")), 200);
                }
            }
            post(id, national, "notifications", Map.of("year", year, "amountCents", YEARLY, "notifiedOn", year + "-04-02"));
            post(id, national, "payments", Map.of("year", year, "amountCents", YEARLY, "paidOn", year + "-07-15"));
        }
        ok(gateway.post("/api/conventions/" + id + "/final-evaluation", association, Map.of("filedOn", "2010-06-15")), 200);
        clock("2011-03-01");
        return id;
    }

    private void post(String id, String bearer, String command, Map<String, Object> body) {
        ok(gateway.post("/api/conventions/" + id + "/subsidy/" + command, bearer, body), 200);
    }

    private void clock(String date) {
        JsonNode outcome = ok(gateway.put("/api/conventions/operations/business-clock", token.apply("ops"),
                Map.of("today", date)), 200).body();
        assertThat(outcome.get("failures").asInt()).as("deadline sweep as of " + date).isZero();
    }

    static ApiClient.Response ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response;
    }

    /** Pages through the whole funding feed with {@code limit} and keeps the events of one convention. */
    static List<JsonNode> fundingEventsOf(ApiClient gateway, String bearer, String subject, String after, int limit) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonNode page = ok(gateway.get("/api/reports/funding?limit=" + limit + (cursor == null ? "" : "&after=" + cursor),
                    bearer), 200).body();
            for (JsonNode event : page.get("events")) {
                if (subject.equals(event.get("subject").asText())) {
                    found.add(event);
                }
            }
            String next = page.get("next").isNull() ? null : page.get("next").asText();
            if (page.get("events").isEmpty() || next == null || next.equals(cursor)) {
                return found;
            }
            cursor = next;
        }
    }
}
