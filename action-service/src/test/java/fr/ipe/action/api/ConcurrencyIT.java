package fr.ipe.action.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.AtOnce;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeServiceTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Races through HTTP (the kind of issue 19, item 7): the unique keys that only the database holds (the event store's
 * aggregate and sequence, the Idempotency-Key store's caller and key) answer 409 problems, never a 500.
 */
@IpeServiceTest
class ConcurrencyIT {

    static final int CLIENTS = 16;

    @LocalServerPort
    int port;

    ApiClient api;
    final TestTokens tokens = TestTokens.get();

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void sixteenValidationsOfOneActionAtOnceGiveOneValidation() {
        String ipe = tokens.bearer(Roles.IPE, "lyon");
        String id = api.post("/api/actions", ipe, ActionApiIT.plan("lyon")).body().get("actionId").asText();
        assertThat(api.post("/api/actions/" + id + "/report", ipe, ActionApiIT.report()).status()).isEqualTo(200);
        List<ApiClient.Response> answers = AtOnce.send(CLIENTS, () -> api.post("/api/actions/" + id + "/validation",
                tokens.bearer(Roles.RECTORAT, "lyon"), Map.of("validatedOn", "2007-04-10")));
        assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString())
                .containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(api.get("/api/actions/" + id, tokens.bearer(Roles.NATIONAL)).body().get("version").asLong())
                .as("planned, reported, validated once").isEqualTo(2);
    }

    @Test
    void sixteenPlansUnderOneIdempotencyKeyAtOnceCreateOneAction() {
        String ipe = tokens.bearer(Roles.IPE, "lyon");
        String key = "plan-" + UUID.randomUUID();
        List<ApiClient.Response> answers = AtOnce.send(CLIENTS, () -> api.post("/api/actions", ipe,
                ActionApiIT.plan("lyon"), "Idempotency-Key", key));
        assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString()).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 201).extracting(a -> a.body().get("actionId").asText())
                .as("the first answer, or its replay").isNotEmpty().containsOnly(
                        answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().body()
                                .get("actionId").asText());
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.body().get("rule").asText()).isEqualTo("idempotency-key-in-flight"));
    }
}
