package fr.ipe.testkit.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Races for tests: the same request sent by many clients released together, their answers in sending order. */
public final class AtOnce {

    private AtOnce() {
    }

    /** {@code clients} threads each send {@code request} once, all released by one gate; waits for every answer. */
    public static <T> List<T> send(int clients, Supplier<T> request) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sent.add(pool.submit(() -> {
                    gate.await();
                    return request.get();
                }));
            }
            gate.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException("a racing request failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
