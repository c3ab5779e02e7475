package fr.ipe.local;

import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import fr.ipe.testkit.http.TokenClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the slice's target: from the response to the signature that completes a convention (through the gateway) to
 * the first GET of the reports view, through the gateway, that shows it SIGNED. Starts a throwaway stack on free ports,
 * warms up, then prints the figures. Usage: {@code bin/benchmark [iterations]}.
 */
public final class SliceLatencyBenchmark {

    private SliceLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmup = Math.max(5, iterations / 5);
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("ipe-benchmark");
        long startNanos = System.nanoTime();
        try (LocalStack stack = LocalStack.start(root, data, LocalPorts.free())) {
            System.out.printf("stack ready in %.1f s%n", (System.nanoTime() - startNanos) / 1e9);
            ApiClient gateway = new ApiClient(stack.gatewayUrl());
            String national = TokenClient.passwordGrant(stack.tokenUrl(), "national", DemoUsers.PASSWORD);
            List<Double> millis = new ArrayList<>();
            List<Double> cold = new ArrayList<>();
            for (int i = 0; i < warmup + iterations; i++) {
                double latency = oneConvention(gateway, national);
                (i < warmup ? cold : millis).add(latency);
            }
            Collections.sort(millis);
            System.out.printf("first (cold) convention: %.0f ms; warm-up of %d: max %.0f ms%n", cold.get(0), warmup,
                    Collections.max(cold));
            System.out.printf("signed convention visible in the reports through the gateway, %d runs: "
                            + "min %.0f ms, p50 %.0f ms, p95 %.0f ms, max %.0f ms (target: 1000 ms)%n",
                    millis.size(), millis.get(0), percentile(millis, 50), percentile(millis, 95),
                    millis.get(millis.size() - 1));
        }
    }

    private static double oneConvention(ApiClient gateway, String national) throws InterruptedException {
        String id = gateway.post("/api/conventions", national, Demo.nationalConvention2007()).body()
                .get("conventionId").asText();
        gateway.post("/api/conventions/" + id + "/signatures", national, Demo.signature("MINISTRY", "DGESCO", "2007-03-01"));
        var signed = gateway.post("/api/conventions/" + id + "/signatures", national,
                Demo.signature("ASSOCIATION", "Président", "2007-03-01"));
        long signedAt = System.nanoTime();
        if (signed.status() != 200) {
            throw new IllegalStateException("sign failed: " + signed.text());
        }
        while (true) {
            var report = gateway.get("/api/reports/conventions/" + id, national);
            if (report.status() == 200 && "SIGNED".equals(report.body().get("status").asText())) {
                return (System.nanoTime() - signedAt) / 1e6;
            }
            if (System.nanoTime() - signedAt > 30_000_000_000L) {
                throw new IllegalStateException("convention " + id + " never showed up signed");
            }
            Thread.sleep(2);
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
