package fr.ipe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeWebTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway against a stand-in convention service (a real HTTP server) and a reporting service that is down. */
@IpeWebTest
class GatewayIT {

    static HttpServer conventionService;
    static final AtomicReference<String> relayedAuthorization = new AtomicReference<>();
    static final int DOWN_PORT = FreePorts.next();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStandIn() throws Exception {
        conventionService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        conventionService.createContext("/api/conventions", exchange -> {
            relayedAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"items\":[],\"next\":null}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        conventionService.start();
    }

    @AfterAll
    static void stopStandIn() {
        conventionService.stop(0);
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("ipe.services.convention", () -> "http://127.0.0.1:" + conventionService.getAddress().getPort());
        registry.add("ipe.services.reporting", () -> "http://127.0.0.1:" + DOWN_PORT);
    }

    @Test
    void refusesCallsWithoutAValidTokenWithAProblemBody() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        var anonymous = api.get("/api/conventions", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/api/conventions", "Bearer forged.token.value").status()).isEqualTo(401);
    }

    @Test
    void routesAuthenticatedCallsAndRelaysTheToken() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String bearer = TestTokens.get().bearer(Roles.NATIONAL);
        var routed = api.get("/api/conventions?limit=5", bearer);
        assertThat(routed.status()).isEqualTo(200);
        assertThat(routed.body().has("items")).isTrue();
        assertThat(relayedAuthorization.get()).isEqualTo(bearer);
    }

    @Test
    void aServiceThatIsDownGivesA503ProblemNotAHang() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        var down = api.get("/api/reports/conventions", TestTokens.get().bearer(Roles.NATIONAL));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().get("type").asText()).endsWith("/service-unavailable");
    }

    @Test
    void servesHealthAndTheApiDocsUiWithoutAToken() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui.html", null).status()).isIn(200, 302);
    }
}
