package fr.ipe.platform.views;

import fr.ipe.platform.views.operations.Rebuilds;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The engine's housekeeping, on a thread of its own: rebuilds and snapshots whose instance died are cleaned up (their
 * partial generations dropped), and notes a crash left in the totals journals are pruned.
 */
final class ViewMaintenance implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ViewMaintenance.class);

    private final ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "view-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    ViewMaintenance(Rebuilds rebuilds, Runnable pruneJournals) {
        maintenance.scheduleWithFixedDelay(() -> run("clean up abandoned rebuilds", rebuilds::cleanUpAbandoned),
                30, 30, TimeUnit.SECONDS);
        maintenance.scheduleWithFixedDelay(() -> run("prune the totals journals", pruneJournals),
                10, 10, TimeUnit.MINUTES);
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Could not {}: {}", what, e.toString());
        }
    }

    @Override
    public void destroy() {
        maintenance.shutdownNow();
    }
}
