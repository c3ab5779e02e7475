package fr.ipe.local.run;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts again any service of the local run whose JVM exited on its own (an out-of-memory error makes it exit, see
 * {@link ServiceProcess}), as compose's restart policy and the kubelet do elsewhere: a crashed service never stays down.
 * Only {@code ./run-local} watches; the fault suite kills services on purpose and restarts them itself.
 */
final class ServiceWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceWatchdog.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "service-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private ServiceWatchdog() {
    }

    static ServiceWatchdog watch(LocalStack stack, List<String> services) {
        ServiceWatchdog watchdog = new ServiceWatchdog();
        watchdog.timer.scheduleWithFixedDelay(() -> services.forEach(name -> {
            if (!stack.isRunning(name)) {
                log.warn("{} exited; starting it again (its log says why: .local-data/logs/{}.log)", name, name);
                try {
                    stack.restartService(name);
                    log.info("{} is back", name);
                } catch (Exception e) {
                    log.error("{} did not start again; next try in 5 s", name, e);
                }
            }
        }), 5, 5, TimeUnit.SECONDS);
        return watchdog;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
