package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.local.demo.DemoUsers;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.http.TokenClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The write path and the edge: partnership-convention drafts ({@code POST /api/conventions}: a command, its event and
 * view row) and reads of one convention, by 8 clients who are 8 different rectorat users, through a gateway with its
 * rate limits on and straight to convention-service. The 8 clients run on one host, whose 200/s per-address limit
 * would cap them all: they stand for 8 hosts behind a trusted proxy (the gateway believes 127.0.0.1's
 * {@code X-Forwarded-For}, as it would an ingress controller's), each with an address of its own.
 */
final class EdgeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    /** How long the gateway is loaded before it is measured: its full compiler's compilations of the request path. */
    static final int GATEWAY_WARM_UP_SECONDS = 40;

    private final String gateway;
    private final String direct;
    private final List<String> bearers = new ArrayList<>();
    private final List<String> academies = new ArrayList<>();

    private EdgeBenchmark(String gateway, String direct, String tokenUrl) {
        this.gateway = gateway;
        this.direct = direct;
        DemoUsers.ALL.stream().filter(user -> user.username().startsWith("rectorat-")).limit(CLIENTS).forEach(user -> {
            bearers.add("Bearer " + TokenClient.passwordGrant(tokenUrl, user.username(), DemoUsers.PASSWORD));
            academies.add(user.academie());
        });
    }

    static List<Figure> measure(LocalStack stack, int seconds) throws Exception {
        String edge = stack.startAnotherGateway("edge-gateway", FreePorts.next(),
                Map.of("IPE_TRUSTED_PROXIES", "127.0.0.1"));
        EdgeBenchmark benchmark = new EdgeBenchmark(edge, stack.serviceUrl("convention-service"), stack.tokenUrl());
        return benchmark.run(seconds);
    }

    private List<Figure> run(int seconds) throws Exception {
        // JIT, connection pools and the token caches, both ways, before anything counts; the gateway runs the full
        // compiler, whose compilations of the request path take about half a minute of load
        ClosedLoad.run(CLIENTS, GATEWAY_WARM_UP_SECONDS, client -> draft(gateway, client));
        ClosedLoad.run(CLIENTS, 5, client -> draft(direct, client));
        ClosedLoad.Result throughGateway = ClosedLoad.run(CLIENTS, seconds, client -> draft(gateway, client));
        ClosedLoad.Result straight = ClosedLoad.run(CLIENTS, seconds, client -> draft(direct, client));

        List<String> conventions = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            var answer = java.net.http.HttpClient.newHttpClient().send(draft(direct, client),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            conventions.add(JSON.readTree(answer.body()).get("conventionId").asText());
        }
        ClosedLoad.run(CLIENTS, 3, client -> read(gateway, client, conventions.get(client)));
        ClosedLoad.Result readsThroughGateway = ClosedLoad.run(CLIENTS, seconds,
                client -> read(gateway, client, conventions.get(client)));
        ClosedLoad.Result readsStraight = ClosedLoad.run(CLIENTS, seconds,
                client -> read(direct, client, conventions.get(client)));
        return List.of(
                Figure.against("write path", "partnership-convention drafts, 8 users, limits on",
                        throughGateway.summary(), "direct: " + straight.summary(),
                        throughGateway.acceptedPerSecond() / straight.acceptedPerSecond(),
                        "≥ 500/s, p99 ≤ 50 ms, ratio ≥ 0.8"),
                Figure.against("reads", "GET one convention, 8 users", readsThroughGateway.summary(),
                        "direct: " + readsStraight.summary(),
                        readsThroughGateway.acceptedPerSecond() / readsStraight.acceptedPerSecond(), "ratio ≥ 0.8"));
    }

    private HttpRequest draft(String base, int client) {
        String academie = academies.get(client);
        try {
            String body = JSON.writeValueAsString(Map.of("kind", "PARTNERSHIP",
                    "title", "Partenariat découverte des métiers", "academie", academie,
                    "objectives", "Faire découvrir les métiers de l'industrie aux collégiens",
                    "parties", List.of(Map.of("role", "RECTORAT", "name", "Rectorat", "identifier", academie),
                            Map.of("role", "PROFESSIONAL_BODY", "name", "Branche professionnelle",
                                    "identifier", "12345678900015")),
                    "startDate", "2024-09-01", "durationYears", 3));
            return request(base + "/api/conventions", client).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest read(String base, int client, String conventionId) {
        return request(base + "/api/conventions/" + conventionId, client).GET().build();
    }

    private HttpRequest.Builder request(String url, int client) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearers.get(client)).header("X-Forwarded-For", "10.0.0." + (client + 1));
    }
}
