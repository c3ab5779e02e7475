package fr.ipe.local.bench;

import fr.ipe.local.bench.Figure;
import fr.ipe.local.bench.Latencies;
import fr.ipe.local.demo.DemoUsers;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
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
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("ipe-benchmark");
        long startNanos = System.nanoTime();
        try (LocalStack stack = LocalStack.start(root, data, LocalPorts.free())) {
            System.out.printf("stack ready in %.1f s%n", (System.nanoTime() - startNanos) / 1e9);
            measure(stack, iterations);
        }
    }

    /** Signs {@code iterations} conventions after a warm-up of a fifth as many, and answers the row of the table. */
    public static Figure measure(LocalStack stack, int iterations) throws InterruptedException {
        int warmup = Math.max(5, iterations / 5);
        ApiClient gateway = new ApiClient(stack.gatewayUrl());
        String national = TokenClient.passwordGrant(stack.tokenUrl(), "national", DemoUsers.PASSWORD);
        List<Double> millis = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < warmup + iterations; i++) {
            double latency = oneConvention(gateway, national);
            (i < warmup ? cold : millis).add(latency);
        }
        Latencies latencies = Latencies.of(millis);
        System.out.printf("first (cold) convention: %.0f ms; warm-up of %d: max %.0f ms%n", cold.get(0), warmup,
                Collections.max(cold));
        System.out.printf("signed convention visible in the reports through the gateway: %s (target: 1000 ms)%n",
                latencies.summary());
        return Figure.alone("signature → view", "convention signed → reports view shows it SIGNED (polled every 2 ms)",
                latencies.summary(), "p50 ≤ 26 ms (earlier figure)");
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
}
