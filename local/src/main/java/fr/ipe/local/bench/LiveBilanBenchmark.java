package fr.ipe.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ipe.local.demo.DemoUsers;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.http.LiveSubscription;
import fr.ipe.testkit.http.TokenClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The time from a validation's HTTP answer to the Server-Sent Event that carries it: on a throwaway local stack, the
 * IPE of Lyon plans and reports {@code n} actions (default 1 000), then the rectorat of Lyon, subscribed to its
 * académie's live bilan through the gateway, validates them one by one through the gateway; for each, the time from
 * the validation's 200 to the arrival of the bilan event counting it. The path measured: action-service's commit, its
 * Kafka publisher, reporting's consumer and MongoDB facts, the push, the gateway. Prints median, p90, p99 and max.
 * Usage: {@code bin/benchmark-live [validations]}. A benchmark, not a test: figures depend on the machine.
 */
public final class LiveBilanBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "2009";

    private LiveBilanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("ipe-live-benchmark");
        long start = System.nanoTime();
        try (LocalStack stack = LocalStack.start(root, data, LocalPorts.free())) {
            System.out.printf("stack ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String ipe = "Bearer " + TokenClient.passwordGrant(stack.tokenUrl(), "ipe-lyon", DemoUsers.PASSWORD);
            String rectorat = "Bearer " + TokenClient.passwordGrant(stack.tokenUrl(), "rectorat-lyon",
                    DemoUsers.PASSWORD);
            String gateway = stack.gatewayUrl();

            long preparing = System.nanoTime();
            List<String> ids = prepare(http, gateway, ipe, n + 20);
            System.out.printf("%d actions planned and reported in %.1f s%n", ids.size(),
                    (System.nanoTime() - preparing) / 1e9);
            try (LiveSubscription live = LiveSubscription.open(gateway + "/api/reports/bilans/" + YEAR
                    + "/live?academie=lyon", rectorat, null)) {
                LiveSubscription.Event initial = live.next(Duration.ofSeconds(10));
                if (initial == null) {
                    throw new IllegalStateException("the live stream sent no first state within 10 s");
                }
                long counted = initial.data().get("actions").asLong();
                // warm-up: 20 validations not measured (JIT, connections, consumer assignment)
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    HttpResponse<String> answer = send(http, gateway + "/api/actions/" + ids.get(i) + "/validation",
                            rectorat, "{\"validatedOn\": \"" + YEAR + "-06-30\"}");
                    long answered = System.nanoTime();
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("validation answered " + answer.statusCode() + ": "
                                + answer.body());
                    }
                    counted++;
                    LiveSubscription.Event event;
                    do {
                        event = live.next(Duration.ofSeconds(30));
                        if (event == null) {
                            throw new IllegalStateException("no push within 30 s for validation " + i);
                        }
                    } while (event.data().get("actions").asLong() < counted);
                    if (i >= 20) {
                        millis.add((event.receivedNanos() - answered) / 1e6);
                    }
                }
                Latencies latencies = Latencies.of(millis);
                System.out.printf("%nValidation answered (HTTP 200 through the gateway) -> SSE push received through "
                        + "the gateway, %d validations one after the other%n", latencies.count());
                System.out.printf("min %.1f ms, median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        latencies.percentile(0), latencies.median(), latencies.percentile(90), latencies.p99(),
                        latencies.max());
            }
        }
    }

    /** Plans and reports {@code count} actions of Lyon as its IPE, four at a time, waiting out the rate limit. */
    public static List<String> prepare(HttpClient http, String gateway, String ipe, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int day = 1 + i % 28;
                ids.add(pool.submit(() -> {
                    String plan = JSON.writeValueAsString(Map.of("academie", "lyon", "ipeIds", List.of("ipe-lyon-1"),
                            "theme", "stages", "title", "Stages d'observation", "firstDay", YEAR + "-05-" + pad(day),
                            "lastDay", YEAR + "-05-" + pad(day), "plannedOn", YEAR + "-01-10"));
                    JsonNode planned = JSON.readTree(send(http, gateway + "/api/actions", ipe, plan).body());
                    String id = planned.get("actionId").asText();
                    String report = "{\"reportedOn\": \"" + YEAR + "-06-01\", \"figures\": {\"etablissements\": 1,"
                            + " \"girls\": 12, \"boys\": 14, \"staffWomen\": 1, \"staffMen\": 1, \"companies\": 3,"
                            + " \"professionalOrganisations\": 0}}";
                    send(http, gateway + "/api/actions/" + id + "/report", ipe, report);
                    return id;
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> id : ids) {
                result.add(id.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** POSTs {@code json}; on 429 waits the Retry-After the gateway gave and sends again. */
    public static HttpResponse<String> send(HttpClient http, String url, String bearer, String json) throws Exception {
        while (true) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 429) {
                return answer;
            }
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    private static String pad(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }
}
