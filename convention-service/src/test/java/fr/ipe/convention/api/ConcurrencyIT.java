package fr.ipe.convention.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.convention.ConventionServiceIT;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.AtOnce;
import fr.ipe.testkit.security.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Races through HTTP (the kind of issue 19, item 7): the unique keys that only the database holds (the event store's
 * aggregate and sequence, the Idempotency-Key store's caller and key) answer 409 problems, never a 500.
 */
@ConventionServiceIT
class ConcurrencyIT {

    static final int CLIENTS = 16;

    @LocalServerPort
    int port;

    ApiClient api;
    String national;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        national = TestTokens.get().bearer(Roles.NATIONAL);
    }

    @Test
    void sixteenSignaturesOfOnePartyAtOnceGiveOneSignature() {
        String id = api.post("/api/conventions", national, Demo.nationalConvention2007()).body().get("conventionId")
                .asText();
        List<ApiClient.Response> answers = AtOnce.send(CLIENTS, () -> api.post("/api/conventions/" + id
                + "/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2007-03-01")));
        assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString())
                .containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(api.get("/api/conventions/" + id, national).body().get("signatures")).hasSize(1);
    }

    @Test
    void sixteenDraftsUnderOneIdempotencyKeyAtOnceCreateOneConvention() {
        String key = "draft-" + UUID.randomUUID();
        List<ApiClient.Response> answers = AtOnce.send(CLIENTS, () -> api.post("/api/conventions", national,
                Demo.nationalConvention2007(), "Idempotency-Key", key));
        assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString()).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 201).extracting(a -> a.body().get("conventionId").asText())
                .as("the first answer, or its replay").isNotEmpty().containsOnly(answers.stream()
                        .filter(a -> a.status() == 201).findFirst().orElseThrow().body().get("conventionId").asText());
    }
}
