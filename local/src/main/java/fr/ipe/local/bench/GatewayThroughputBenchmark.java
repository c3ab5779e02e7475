package fr.ipe.local.bench;

import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.local.demo.DemoUsers;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.http.TokenClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's throughput for commands: drafts of conventions ({@code POST /api/conventions}, a write with its event
 * and its view row) sent by 8 and then 64 concurrent clients as the national user, through the stack's gateway (rate
 * limits as configured) and through a second gateway in front of the same services with the rate limits off. Prints
 * one table: commands per second answered 2xx, answers refused 429, other answers, and latency percentiles.
 * Usage: {@code bin/benchmark-gateway [seconds per measure]}. A benchmark, not a test: figures depend on the machine.
 */
public final class GatewayThroughputBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] CLIENTS = {8, 64};

    private GatewayThroughputBenchmark() {
    }

    record Measure(String gateway, int clients, double seconds, int accepted, int limited, int other,
                   List<Double> millis) {
        String row() {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return String.format("%-22s %7d %12.1f %10d %8d %9.0f %9.0f", gateway, clients, accepted / seconds,
                    limited, other, percentile(sorted, 50), percentile(sorted, 99));
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("ipe-gateway-benchmark");
        long start = System.nanoTime();
        try (LocalStack stack = LocalStack.start(root, data, LocalPorts.free())) {
            String unlimited = stack.startAnotherGateway("unlimited-gateway", FreePorts.next(),
                    Map.of("IPE_RATE_LIMITS_ENABLED", "false"));
            System.out.printf("stack and second gateway ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
            String token = TokenClient.passwordGrant(stack.tokenUrl(), "national", DemoUsers.PASSWORD);
            String draft = JSON.writeValueAsString(Demo.nationalConvention2007());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // warm both gateways and the service (JIT, connection pools) before measuring
            run(http, "warm-up", stack.gatewayUrl(), token, draft, 8, 3);
            run(http, "warm-up", unlimited, token, draft, 8, 3);
            List<Measure> measures = new ArrayList<>();
            for (int clients : CLIENTS) {
                measures.add(run(http, "rate limits on", stack.gatewayUrl(), token, draft, clients, seconds));
                // let the national user's bucket fill again before the next measure through the limited gateway
                Thread.sleep(3_000);
                measures.add(run(http, "rate limits off", unlimited, token, draft, clients, seconds));
            }
            System.out.printf("%nPOST /api/conventions (draft) through the gateway, %d s per measure, one user%n",
                    seconds);
            System.out.printf("%-22s %7s %12s %10s %8s %9s %9s%n", "gateway", "clients", "2xx/s", "429", "other",
                    "p50 ms", "p99 ms");
            measures.forEach(measure -> System.out.println(measure.row()));
        }
    }

    private static Measure run(HttpClient http, String name, String gateway, String token, String draft,
                               int clients, int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/conventions"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(draft)).build();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long began = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception failed) {
                            status = -1;
                        }
                        millis.add((System.nanoTime() - sent) / 1e6);
                        if (status >= 200 && status < 300) {
                            accepted.incrementAndGet();
                        } else if (status == 429) {
                            limited.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "benchmark-client-" + i);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - began) / 1e9;
        return new Measure(name, clients, elapsed, accepted.get(), limited.get(), other.get(), List.copyOf(millis));
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
