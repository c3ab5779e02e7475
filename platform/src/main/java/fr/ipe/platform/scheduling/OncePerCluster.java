package fr.ipe.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Scheduled work that must run once per cluster however many instances of the service run (a deadline sweep sends
 * commands; two instances sweeping at once would double them): each run takes a named lock in the service's own engine
 * (ShedLock's table {@code shedlock} in its PostgreSQL, or collection {@code shedLock} in reporting's MongoDB). An
 * instance that finds the lock taken skips its run. The lock is kept for most of the period even after a short run, so
 * the other instances, whose schedules are shifted, skip the same period instead of running it again just after.
 */
public final class OncePerCluster {

    /** The longest a run holds its lock when its instance dies meanwhile (or a run lasts longer: then it may overlap). */
    static final Duration AT_MOST = Duration.ofMinutes(10);

    private final LockingTaskExecutor locks;

    public OncePerCluster(LockProvider provider) {
        this.locks = new DefaultLockingTaskExecutor(provider);
    }

    /**
     * Runs {@code task} under the lock {@code name} unless another instance holds it.
     *
     * @param every the period of the schedule: the lock is held for at least nine tenths of it
     * @return whether the task ran here
     */
    public boolean run(String name, Duration every, Runnable task) {
        Duration atLeast = every.multipliedBy(9).dividedBy(10);
        Duration atMost = atLeast.compareTo(AT_MOST) > 0 ? every : AT_MOST;
        boolean[] ran = {false};
        locks.executeWithLock((Runnable) () -> {
            ran[0] = true;
            task.run();
        }, new LockConfiguration(Instant.now(), name, atMost, atLeast));
        return ran[0];
    }
}
