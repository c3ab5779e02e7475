package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.local.demo.DemoUsers;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.Demo;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.http.TokenClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** One measure: which gateway, and what the load gave. */
    record Measure(String gateway, ClosedLoad.Result load) {
        String row() {
            return String.format("%-22s %7d %12.1f %10d %8d %9.0f %9.0f", gateway, load.clients(),
                    load.acceptedPerSecond(), load.limited(), load.other(), load.latencies().median(),
                    load.latencies().p99());
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
            // warm both gateways and the service (JIT, connection pools) before measuring
            run("warm-up", stack.gatewayUrl(), token, draft, 8, 3);
            run("warm-up", unlimited, token, draft, 8, 3);
            List<Measure> measures = new ArrayList<>();
            for (int clients : CLIENTS) {
                measures.add(run("rate limits on", stack.gatewayUrl(), token, draft, clients, seconds));
                // let the national user's bucket fill again before the next measure through the limited gateway
                Thread.sleep(3_000);
                measures.add(run("rate limits off", unlimited, token, draft, clients, seconds));
            }
            System.out.printf("%nPOST /api/conventions (draft) through the gateway, %d s per measure, one user%n",
                    seconds);
            System.out.printf("%-22s %7s %12s %10s %8s %9s %9s%n", "gateway", "clients", "2xx/s", "429", "other",
                    "p50 ms", "p99 ms");
            measures.forEach(measure -> System.out.println(measure.row()));
        }
    }

    private static Measure run(String name, String gateway, String token, String draft, int clients,
                               int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/conventions"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(draft)).build();
        return new Measure(name, ClosedLoad.run(clients, seconds, client -> request));
    }
}
