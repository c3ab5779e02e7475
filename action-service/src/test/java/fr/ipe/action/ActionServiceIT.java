package fr.ipe.action;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Until its capabilities land, the service answers health and enforces authentication like every other. */
@IpeWebTest
class ActionServiceIT {

    @LocalServerPort
    int port;

    @Test
    void isHealthyAndTurnsAwayCallersWithoutAValidToken() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        var anonymous = api.get("/api/actions", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/actions", "Bearer forged.token.value").status()).isEqualTo(401);
        var authenticated = api.get("/api/actions", TestTokens.get().bearer(Roles.NATIONAL));
        assertThat(authenticated.status()).as("no resource yet, but a problem body, never a 500").isEqualTo(404);
        assertThat(authenticated.body().get("status").asInt()).isEqualTo(404);
        assertThat(api.get("/actuator/prometheus", null).text()).contains("jvm_memory_used_bytes");
    }
}
