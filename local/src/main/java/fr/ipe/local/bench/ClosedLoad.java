package fr.ipe.local.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads each send their next request as soon as the previous one answered, for a
 * given time. Counts 2xx, 429 and other answers and keeps every latency.
 */
public final class ClosedLoad {

    /** What one load measured. */
    public record Result(int clients, double seconds, int accepted, int limited, int other, Latencies latencies) {

        public double acceptedPerSecond() {
            return accepted / seconds;
        }

        public String summary() {
            return String.format("%,.0f/s 2xx (%d × 429, %d other), %s", acceptedPerSecond(), limited, other,
                    latencies.summary());
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ClosedLoad() {
    }

    /** Runs {@code clients} clients for {@code seconds}; client {@code i} sends {@code requestOf.apply(i)}. */
    public static Result run(int clients, int seconds, IntFunction<HttpRequest> requestOf) throws InterruptedException {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(clients);
        long began = System.nanoTime();
        long end = began + seconds * 1_000_000_000L;
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = HTTP.send(requestOf.apply(client), HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (Exception failed) {
                            status = -1;
                        }
                        millis.add((System.nanoTime() - sent) / 1e6);
                        (status >= 200 && status < 300 ? accepted : status == 429 ? limited : other)
                                .incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - began) / 1e9;
        return new Result(clients, elapsed, accepted.get(), limited.get(), other.get(), Latencies.of(millis));
    }
}
