package fr.ipe.faults;

import fr.ipe.testkit.Demo;
import fr.ipe.testkit.http.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A steady load of commands through the gateway: each worker drafts a national convention and has both parties sign
 * it (three commands, four events), again and again. A command that is refused or fails is counted and its chain left;
 * the event stores, not these counts, are the truth the views are compared with.
 */
final class ConventionLoad {

    private final ApiClient gateway;
    private final Supplier<String> bearer;
    private final int workers;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    ConventionLoad(ApiClient gateway, Supplier<String> bearer, int workers) {
        this.gateway = gateway;
        this.bearer = bearer;
        this.workers = workers;
    }

    /** Counts since the last {@link #start()}: commands sent and commands answered 2xx. */
    record Counts(long sent, long accepted) {
    }

    void start() {
        sent.set(0);
        accepted.set(0);
        running.set(true);
        for (int i = 0; i < workers; i++) {
            Thread worker = new Thread(this::work, "load-" + i);
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
    }

    Counts stop() throws InterruptedException {
        running.set(false);
        for (Thread worker : threads) {
            worker.join(60_000);
        }
        threads.clear();
        return new Counts(sent.get(), accepted.get());
    }

    /** Runs {@code chains} whole chains on this thread (no fault meanwhile), for phases that need a known batch. */
    Counts run(int chains) {
        sent.set(0);
        accepted.set(0);
        running.set(true);
        for (int i = 0; i < chains; i++) {
            chain();
        }
        running.set(false);
        return new Counts(sent.get(), accepted.get());
    }

    /** A steady pace rather than all the machine can take: the faults, not the load, are under test. */
    private void work() {
        while (running.get()) {
            pause(chain() ? 150 : 500);
        }
    }

    private boolean chain() {
        ApiClient.Response drafted = send(() -> gateway.post("/api/conventions", bearer.get(),
                Demo.nationalConvention2007()));
        if (drafted == null || drafted.status() != 201) {
            return false;
        }
        String id = drafted.body().get("conventionId").asText();
        ApiClient.Response ministry = send(() -> gateway.post("/api/conventions/" + id + "/signatures", bearer.get(),
                Demo.signature("MINISTRY", "DGESCO", "2007-03-01"), "If-Match", drafted.header("ETag")));
        if (ministry == null || ministry.status() != 200) {
            return false;
        }
        ApiClient.Response association = send(() -> gateway.post("/api/conventions/" + id + "/signatures",
                bearer.get(), Demo.signature("ASSOCIATION", "Président", "2007-03-01"), "If-Match",
                ministry.header("ETag")));
        return association != null && association.status() == 200;
    }

    private ApiClient.Response send(Supplier<ApiClient.Response> command) {
        sent.incrementAndGet();
        try {
            ApiClient.Response response = command.get();
            if (response.status() / 100 == 2) {
                accepted.incrementAndGet();
            }
            return response;
        } catch (RuntimeException unreachable) {
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
