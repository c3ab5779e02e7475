package fr.ipe.platform.web;

import fr.ipe.platform.scheduling.OncePerCluster;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes the idempotency answers older than their retention period, every {@code interval}, on a thread of its own
 * while the service runs, once per cluster (one instance sweeps each period; the others skip it). Stored answers may
 * hold personal data: they are not kept beyond the period the README states.
 */
public class ExpiredAnswersSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAnswersSweep.class);

    private final IdempotencyStore store;
    private final Duration interval;
    private final OncePerCluster once;
    private ScheduledExecutorService scheduler;

    public ExpiredAnswersSweep(IdempotencyStore store, Duration interval, OncePerCluster once) {
        this.store = store;
        this.interval = interval;
        this.once = once;
    }

    private void sweepOncePerCluster() {
        try {
            once.run("idempotency-answers-sweep", interval, this::sweep);
        } catch (RuntimeException e) {
            log.warn("The idempotency answers' sweep could not take its lock; the next sweep tries again", e);
        }
    }

    /** One sweep; a failure is logged and the next sweep tries again. */
    void sweep() {
        try {
            int deleted = store.sweepExpired();
            if (deleted > 0) {
                log.debug("{} idempotency answers older than {} deleted", deleted, store.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Expired idempotency answers could not be deleted; the next sweep tries again", e);
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweepOncePerCluster, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
