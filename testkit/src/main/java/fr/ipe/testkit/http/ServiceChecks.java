package fr.ipe.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.security.TestTokens;

/** Checks every service passes from its first day: healthy, metrics exported, every API call authenticated. */
public final class ServiceChecks {

    private ServiceChecks() {
    }

    /** {@code apiPath} is the service's API root, which may have no resource yet: a 404 problem, never a 500. */
    public static void assertHealthyAndSecured(int port, String apiPath) {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        var anonymous = api.get(apiPath, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(apiPath, "Bearer forged.token.value").status()).isEqualTo(401);
        var authenticated = api.get(apiPath, TestTokens.get().bearer(Roles.NATIONAL));
        assertThat(authenticated.status()).as("no resource yet, but a problem body, never a 500").isEqualTo(404);
        assertThat(authenticated.body().get("status").asInt()).isEqualTo(404);
        assertThat(api.get("/actuator/prometheus", null).text()).contains("jvm_memory_used_bytes");
    }
}
