package fr.ipe.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.ipe.platform.security.Roles;
import fr.ipe.testkit.security.TestTokens;
import fr.ipe.testkit.spring.IpeWebTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Server-Sent Events stream of reporting through the gateway outlives the gateway's response time-out (1 s here) and
 * each event reaches the client before the service writes the next (nothing buffered), while an ordinary call that
 * takes longer than the time-out is still cut (504).
 */
@IpeWebTest
class LiveRouteIT {

    static HttpServer reporting;
    static ExecutorService threads;
    /** The stand-in writes its next event only once the client has received the previous one. */
    static final Semaphore received = new Semaphore(0);

    @LocalServerPort
    int port;

    @BeforeAll
    static void startReporting() throws Exception {
        reporting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        threads = Executors.newFixedThreadPool(8);
        reporting.setExecutor(threads);
        reporting.createContext("/api/reports/bilans/2007/live", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 1; i <= 4; i++) {
                    out.write(("id: " + i + "\nevent: bilan\ndata: {\"actions\":" + i + "}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (!received.tryAcquire(10, TimeUnit.SECONDS)) {
                        return; // the event never reached the client: buffered somewhere
                    }
                    Thread.sleep(600); // with the wait above, the stream lasts well past the 1 s time-out
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reporting.createContext("/api/reports/conventions", exchange -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        reporting.start();
    }

    @AfterAll
    static void stopReporting() {
        reporting.stop(0);
        threads.shutdownNow();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ipe.services.reporting", () -> "http://127.0.0.1:" + reporting.getAddress().getPort());
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
    }

    @Test
    void aLiveStreamOutlivesTheResponseTimeOutAndEachEventArrivesAtOnce() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/reports/bilans/2007/live"))
                .header("Authorization", TestTokens.get().bearer(Roles.NATIONAL))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        int events = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    events++;
                    assertThat(line).contains("\"actions\":" + events);
                    received.release();
                }
            }
        }
        assertThat(events).as("every event, in order, through the gateway").isEqualTo(4);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the stream lasted past the time-out")
                .isGreaterThan(Duration.ofSeconds(1));

        HttpResponse<String> slow = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/reports/conventions")).header("Authorization", TestTokens.get().bearer(Roles.NATIONAL))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(slow.statusCode()).as("an ordinary call is still cut by the time-out").isEqualTo(504);
    }
}
