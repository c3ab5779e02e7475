package fr.ipe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.engines.PostgresEngine;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.TokensInitializer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway as a cluster: two gateway instances over one PostgreSQL database (a real server) share their rate
 * limits, in front of two instances of the convention service (stand-ins, real HTTP servers) between which they
 * balance. One instance of the service is stopped during the last test.
 */
class ClusterIT {

    static final int CAPACITY = 20;

    @TempDir
    static Path data;
    static PostgresEngine postgres;
    static HttpServer conventionA;
    static HttpServer conventionB;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresEngine.start(data.resolve("postgres"), FreePorts.next());
        postgres.ensureDatabase("gateway");
        conventionA = conventionInstance("a");
        conventionB = conventionInstance("b");
        first = gateway();
        second = gateway();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext gateway : new ConfigurableApplicationContext[] {first, second}) {
            if (gateway != null) {
                gateway.close();
            }
        }
        conventionA.stop(0);
        conventionB.stop(0);
        postgres.close();
    }

    /** A stand-in instance of the convention service that names itself in its answers, and reports ready. */
    static HttpServer conventionInstance(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/api/conventions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean write = "POST".equals(exchange.getRequestMethod());
            answer(exchange, write ? 201 : 200, "{\"instance\":\"" + name + "\"}");
        });
        server.createContext("/actuator/health/readiness", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.start();
        return server;
    }

    static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    static ConfigurableApplicationContext gateway() {
        return new SpringApplicationBuilder(GatewayApplication.class).initializers(new TokensInitializer()).run(
                "--server.port=0",
                "--IPE_GATEWAY_DB_URL=" + postgres.jdbcUrl("gateway"),
                "--IPE_DB_USER=" + postgres.username(),
                "--IPE_DB_PASSWORD=" + postgres.password(),
                "--ipe.services.convention=http://127.0.0.1:" + conventionA.getAddress().getPort()
                        + ",http://127.0.0.1:" + conventionB.getAddress().getPort(),
                "--ipe.gateway.rate-limits.subject.capacity=" + CAPACITY,
                "--ipe.gateway.rate-limits.subject.refill-tokens=1",
                "--ipe.gateway.rate-limits.subject.refill-period=1h",
                "--ipe.gateway.rate-limits.client-address.capacity=100000",
                "--ipe.gateway.rate-limits.client-address.refill-tokens=100000",
                // every token written: the countdown below is exact across both gateways
                "--ipe.gateway.rate-limits.shared-sync.unsynced-tokens=0");
    }

    static ApiClient api(ConfigurableApplicationContext gateway) {
        return new ApiClient("http://127.0.0.1:" + ((WebServerApplicationContext) gateway).getWebServer().getPort());
    }

    static String user(String subject) {
        return "Bearer " + TestTokens.get().issuer().token(subject, List.of(Roles.NATIONAL), null);
    }

    @Test
    void oneUsersRequestsAcrossTwoGatewaysMeetOneLimit() {
        List<ApiClient> gateways = List.of(api(first), api(second));
        String user = user("spread-user");
        List<Integer> statuses = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 2 * CAPACITY; i++) {
            var answer = gateways.get(i % 2).get("/api/conventions", user);
            statuses.add(answer.status());
            remaining.add(answer.header("RateLimit-Remaining"));
        }

        assertThat(statuses.subList(0, CAPACITY)).as("the first %d, across both gateways", CAPACITY)
                .containsOnly(200);
        assertThat(statuses.subList(CAPACITY, 2 * CAPACITY)).as("the next ones, on either gateway")
                .containsOnly(429);
        List<String> countdown = new ArrayList<>();
        for (int i = 0; i < CAPACITY; i++) {
            countdown.add(String.valueOf(CAPACITY - 1 - i));
        }
        assertThat(remaining.subList(0, CAPACITY)).as("one bucket counted down by both").isEqualTo(countdown);
        assertThat(gateways.get(1).get("/api/conventions", user("other-user")).status()).isEqualTo(200);
    }

    @Test
    void aGatewayBalancesBetweenTheInstancesOfAServiceAndSkipsOneThatStopped() {
        ApiClient gateway = api(first);
        String user = user("balanced-user");
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var answer = gateway.get("/api/conventions", user);
            assertThat(answer.status()).isEqualTo(200);
            served.add(answer.body().get("instance").asText());
        }
        // round robin over the instances found ready (a health check round may briefly list one)
        assertThat(served).as("requests served by each instance").contains("a", "b");

        conventionB.stop(0);
        for (int i = 0; i < 4; i++) {
            var read = gateway.get("/api/conventions", user);
            var write = gateway.post("/api/conventions", user, Map.of());
            assertThat(List.of(read.status(), write.status())).as("a read and a write").containsExactly(200, 201);
            assertThat(List.of(read.body().get("instance").asText(), write.body().get("instance").asText()))
                    .containsOnly("a");
        }
    }
}
