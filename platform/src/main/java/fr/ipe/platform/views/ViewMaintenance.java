package fr.ipe.platform.views;

import fr.ipe.platform.scheduling.OncePerCluster;
import fr.ipe.platform.views.operations.Rebuilds;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The engine's housekeeping, on a thread of its own: rebuilds and snapshots whose instance died are cleaned up (their
 * partial generations dropped), and notes a crash left in the totals journals are pruned; each by one instance of the
 * cluster per period.
 */
final class ViewMaintenance implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ViewMaintenance.class);

    private final ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "view-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    private static final Duration CLEAN_UP_EVERY = Duration.ofSeconds(30);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final OncePerCluster once;

    ViewMaintenance(Rebuilds rebuilds, Runnable pruneJournals, OncePerCluster once) {
        this.once = once;
        maintenance.scheduleWithFixedDelay(() -> run("clean up abandoned rebuilds", CLEAN_UP_EVERY,
                rebuilds::cleanUpAbandoned), 30, 30, TimeUnit.SECONDS);
        maintenance.scheduleWithFixedDelay(() -> run("prune the totals journals", PRUNE_EVERY, pruneJournals),
                10, 10, TimeUnit.MINUTES);
    }

    private void run(String what, Duration every, Runnable task) {
        try {
            once.run("view-maintenance: " + what, every, task);
        } catch (RuntimeException e) {
            log.warn("Could not {}: {}", what, e.toString());
        }
    }

    @Override
    public void destroy() {
        maintenance.shutdownNow();
    }
}
