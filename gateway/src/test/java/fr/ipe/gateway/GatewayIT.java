package fr.ipe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.ipe.gateway.config.EventCatalogueRoute;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.hostile.RawHttp;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeWebTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway against stand-in services (real HTTP servers): a convention service that answers (slowly, for writes),
 * a mission service that fails with 500s, and a reporting service that is down.
 */
@IpeWebTest
@AutoConfigureObservability
class GatewayIT {

    static final int SUBJECT_CAPACITY = 250;
    static final ObjectMapper JSON = new ObjectMapper();
    static HttpServer services;
    static ExecutorService serviceThreads;
    static final AtomicReference<String> relayedAuthorization = new AtomicReference<>();
    static final AtomicReference<String> relayedTraceparent = new AtomicReference<>();
    /** Holds the actions service's answers until the test lets them go. */
    static final CountDownLatch actionsRelease = new CountDownLatch(1);
    static final int DOWN_PORT = FreePorts.next();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void startStandIns() throws Exception {
        services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        serviceThreads = Executors.newFixedThreadPool(300);
        services.setExecutor(serviceThreads);
        services.createContext("/api/conventions", exchange -> {
            relayedAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            relayedTraceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
            if ("POST".equals(exchange.getRequestMethod())) {
                exchange.getRequestBody().readAllBytes();
                sleep(300); // a write that takes its time, so concurrent calls pile up in flight
                answer(exchange, 201, "{\"conventionId\":\"c-1\"}");
            } else {
                answer(exchange, 200, "{\"items\":[],\"next\":null}");
            }
        });
        services.createContext("/api/actions", exchange -> {
            try {
                actionsRelease.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 201, "{\"actionId\":\"a-1\"}");
        });
        services.createContext("/api/missions", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            answer(exchange, 500, "{\"type\":\"https://ipe-platform.org/problems/internal\",\"status\":500}");
        });
        services.start();
    }

    @AfterAll
    static void stopStandIns() {
        actionsRelease.countDown();
        services.stop(0);
        serviceThreads.shutdownNow();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + services.getAddress().getPort();
        registry.add("ipe.services.convention", () -> url);
        registry.add("ipe.services.mission", () -> url);
        registry.add("ipe.services.action", () -> url);
        registry.add("resilience4j.bulkhead.instances.actions.max-concurrent-calls", () -> 2);
        registry.add("ipe.services.reporting", () -> "http://127.0.0.1:" + DOWN_PORT);
        registry.add("ipe.gateway.rate-limits.subject.capacity", () -> SUBJECT_CAPACITY);
        registry.add("ipe.gateway.rate-limits.subject.refill-tokens", () -> 1);
        registry.add("ipe.gateway.rate-limits.subject.refill-period", () -> "1h");
        registry.add("ipe.gateway.rate-limits.client-address.capacity", () -> 100_000);
        registry.add("ipe.gateway.rate-limits.client-address.refill-tokens", () -> 100_000);
        registry.add("ipe.gateway.limits.max-body-size", () -> "64KB");
    }

    @Test
    void refusesCallsWithoutAValidTokenWithAProblemBody() {
        ApiClient api = api();
        var anonymous = api.get("/api/conventions", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/api/conventions", "Bearer forged.token.value").status()).isEqualTo(401);
    }

    @Test
    void routesAuthenticatedCallsAndRelaysTheToken() {
        String bearer = TestTokens.get().bearer(Roles.NATIONAL);
        var routed = api().get("/api/conventions?limit=5", bearer);
        assertThat(routed.status()).isEqualTo(200);
        assertThat(routed.body().has("items")).isTrue();
        assertThat(relayedAuthorization.get()).isEqualTo(bearer);
        assertThat(routed.header("RateLimit-Limit")).isEqualTo(String.valueOf(SUBJECT_CAPACITY));
    }

    @Test
    void aServiceThatIsDownGivesA503ProblemNotAHang() {
        var down = api().get("/api/reports/conventions", TestTokens.get().bearer(Roles.NATIONAL));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Content-Type")).startsWith("application/problem+json");
        assertThat(down.body().get("type").asText()).endsWith("/service-unavailable");
        assertThat(down.header("Retry-After")).isNotBlank();
    }

    @Test
    void servesHealthAndTheApiDocsUiWithoutAToken() {
        assertThat(api().get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api().get("/swagger-ui.html", null).status()).isIn(200, 302);
    }

    @Test
    void servesTheEventCatalogueBesideTheApiDocsWithoutAToken() {
        var catalogue = api().get(EventCatalogueRoute.PATH, null);
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.header("Content-Type")).startsWith("application/json");
        assertThat(catalogue.body().get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(catalogue.body().at("/channels/conventions/address").asText()).isEqualTo("ipe.conventions.v1");
        assertThat(catalogue.body().at("/components/messages/fr.ipe.convention.ConventionSigned.v1/payload/$ref")
                .asText()).isEqualTo("#/components/schemas/fr.ipe.convention.ConventionSigned.v1");
    }

    @Test
    void burstsOfCommandsAreServedOrRefusedPerCallerAndNeverTripTheBreaker() {
        String bearer = "Bearer " + TestTokens.get().issuer().token("burst-user", List.of(Roles.NATIONAL), null);
        for (int concurrent : new int[] {40, 200}) {
            List<HttpResponse<String>> answers = concurrently(concurrent, () -> request("/api/conventions")
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"burst\"}")).build());
            assertThat(answers).extracting(HttpResponse::statusCode).allMatch(s -> s == 201 || s == 429);
            assertThat(answers).filteredOn(a -> a.statusCode() == 201).isNotEmpty();
            for (HttpResponse<String> refused : answers.stream().filter(a -> a.statusCode() == 429).toList()) {
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
            CircuitBreaker breaker = breakers.circuitBreaker("conventions");
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        }
        // the route's bulkhead is the configured one, and a metric
        assertThat(meters.find("resilience4j.bulkhead.max.allowed.concurrent.calls").tag("name", "conventions")
                .gauge().value()).isEqualTo(150.0);
    }

    @Test
    void callsBeyondTheBulkheadAreRefused429WithRetryAfterAndTheBreakerStaysClosed() throws Exception {
        String bearer = TestTokens.get().bearer(Roles.NATIONAL);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(http.sendAsync(request("/api/actions").header("Authorization", bearer)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // two calls are held by the service; the other eight are answered at once, without waiting for them
        List<HttpResponse<String>> refused = new ArrayList<>();
        while (refused.size() < 8) {
            CompletableFuture.anyOf(sent.stream().filter(f -> !refused.contains(f.getNow(null)))
                    .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            sent.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join)
                    .filter(answer -> !refused.contains(answer)).forEach(refused::add);
        }
        assertThat(refused).extracting(HttpResponse::statusCode).containsOnly(429);
        assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(refused.get(0).body()).get("type").asText()).endsWith("/busy");
        actionsRelease.countDown();
        assertThat(sent.stream().map(CompletableFuture::join).filter(answer -> answer.statusCode() == 201)).hasSize(2);
        assertThat(breakers.circuitBreaker("actions").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceAnswering500sOpensItsBreakerAndTheStateIsAMetric() {
        String bearer = TestTokens.get().bearer(Roles.NATIONAL);
        ApiClient api = api();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            var answer = api.get("/api/missions/m-1", bearer);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            statuses.add(answer.status());
            if (answer.status() == 500) {
                // the service's own problem, relayed as it wrote it
                assertThat(answer.body().get("type").asText()).endsWith("/internal");
            }
        }
        assertThat(statuses).containsOnly(500, 503).contains(500, 503);
        assertThat(breakers.circuitBreaker("missions").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        var open = api.get("/api/missions/m-1", bearer);
        assertThat(open.status()).isEqualTo(503);
        assertThat(open.header("Retry-After")).isEqualTo("10");
        assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "missions").tag("state", "open")
                .gauge().value()).isEqualTo(1.0);
    }

    @Test
    void aPreflightFromAnAllowedOriginNeedsNoTokenAndOneFromAnotherIsRefused() throws Exception {
        HttpResponse<String> allowed = http.send(preflight("http://localhost:3000"), HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "if-match", "idempotency-key", "traceparent");

        HttpResponse<String> refused = http.send(preflight("https://elsewhere.example"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> call = http.send(request("/api/conventions").header("Origin", "http://localhost:3000")
                .header("Authorization", TestTokens.get().bearer(Roles.NATIONAL)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().toLowerCase())
                .contains("etag", "location", "idempotency-replayed", "retry-after", "traceparent");
    }

    @Test
    void oneSubjectOverItsLimitGets429WhileAnotherIsServed() {
        ApiClient api = api();
        String eager = "Bearer " + TestTokens.get().issuer().token("eager-user", List.of(Roles.NATIONAL), null);
        String patient = "Bearer " + TestTokens.get().issuer().token("patient-user", List.of(Roles.NATIONAL), null);
        for (int i = 0; i < SUBJECT_CAPACITY; i++) {
            assertThat(api.get("/api/conventions", eager).status()).isEqualTo(200);
        }
        var limited = api.get("/api/conventions", eager);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.body().get("type").asText()).endsWith("/rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(api.get("/api/conventions", patient).status()).isEqualTo(200);
    }

    @Test
    void theGatewaysOwnErrorsAreProblems() throws Exception {
        String bearer = TestTokens.get().bearer(Roles.NATIONAL);
        var unknown = api().get("/api/nowhere/at-all", bearer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body().get("type").asText()).endsWith("/not-found");
        assertThat(unknown.body().get("traceId").asText()).matches("[0-9a-f]{32}");

        var encodedNul = api().get("/api/conventions/%00", bearer);
        assertThat(encodedNul.status()).isEqualTo(400);
        assertThat(encodedNul.header("Content-Type")).startsWith("application/problem+json");

        var wrongMethod = api().post("/actuator/health", null, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");

        var longUri = api().get("/api/conventions?after=" + "9".repeat(10_000), bearer);
        assertThat(longUri.status()).isEqualTo(414);
        assertThat(longUri.header("Content-Type")).startsWith("application/problem+json");

        HttpResponse<String> bigHeader = http.send(request("/api/conventions").header("Authorization", bearer)
                .header("X-Padding", "x".repeat(20_000)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bigHeader.statusCode()).isEqualTo(431);
        assertThat(JSON.readTree(bigHeader.body()).get("type").asText()).endsWith("/headers-too-large");

        HttpResponse<String> bigBody = http.send(request("/api/conventions").header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(100 * 1024) + "\"")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bigBody.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(bigBody.body()).get("type").asText()).endsWith("/body-too-large");
    }

    /**
     * What Netty and Spring's adapter used to refuse bare (a control character in a header, a header name that is no
     * token, a header or a URI past Netty's own limits, a target that is no URI) is refused by the gateway like any
     * other refusal: a problem naming the header where there is one, and the trace.
     */
    @Test
    void malformedRequestsTheGatewayCanReadAreRefusedWithAProblemAndItsTrace() {
        RawHttp raw = new RawHttp(port);
        String bearer = "Authorization: " + TestTokens.get().bearer(Roles.NATIONAL);
        for (String header : List.of("Idempotency-Key: k\u0001k", "Accept: application/json\u007f",
                "Content-Type: \u007f;;;==", "X-Note: a\u0000b", "X-Note: a\u001bb", "Origin: http://localhost:3000\u0001",
                "X Note: v", "X\u0001Note: v")) {
            RawHttp.Answer answer = raw.send("POST", "/api/conventions", List.of(header, bearer),
                    "{}".getBytes(StandardCharsets.UTF_8));
            assertProblem(header, answer, 400);
            String field = JSON.valueToTree(header.substring(0, header.indexOf(':'))).toString();
            assertThat(answer.body()).as(header).contains("\"field\":" + field);
        }
        for (List<String> headers : List.of(List.of("If-Match: \"" + "0".repeat(100_000) + "\""),
                java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> "X-H" + i + ": " + "v".repeat(100)).toList())) {
            List<String> sent = new ArrayList<>(headers);
            sent.add(bearer);
            assertProblem(headers.size() + " header(s)", raw.send("GET", "/api/conventions", sent, null), 431);
        }
        assertProblem("a URI of 100 KB", raw.send("GET", "/api/conventions?after=" + "9".repeat(100_000),
                List.of(bearer), null), 414);
        for (String target : List.of("/api/conventions?x={a}", "/api/con|ventions", "/api/%zz", "/api/a%",
                "/api/conventions?x=%zz")) {
            RawHttp.Answer answer = raw.send("GET", target, List.of(bearer), null);
            assertProblem(target, answer, 400);
            assertThat(answer.body()).as(target).contains("\"rule\":\"invalid-target\"");
        }
    }

    private static void assertProblem(String what, RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.body()).as(what).containsPattern("\"traceId\":\"[0-9a-f]{32}\"").contains("\"rule\":");
    }

    @Test
    void theTraceOfACallReachesTheServiceAndItsErrors() {
        String bearer = TestTokens.get().bearer(Roles.NATIONAL);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var routed = api().get("/api/conventions", bearer);
        assertThat(routed.status()).isEqualTo(200);
        assertThat(relayedTraceparent.get()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");

        ApiClient api = api();
        var continued = api.post("/api/conventions", bearer, "{}", "traceparent",
                "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(continued.status()).isEqualTo(201);
        assertThat(relayedTraceparent.get()).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");

        var failed = api.post("/api/nowhere", bearer, "{}", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(failed.status()).isEqualTo(404);
        assertThat(failed.body().get("traceId").asText()).isEqualTo(traceId);
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpRequest preflight(String origin) {
        return request("/api/conventions").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,traceparent")
                .build();
    }

    private List<HttpResponse<String>> concurrently(int calls, java.util.function.Supplier<HttpRequest> request) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            sent.add(http.sendAsync(request.get(), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
