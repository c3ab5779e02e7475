package fr.ipe.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** An open load: {@code count} tasks started at a steady rate whatever the previous ones take (as users would). */
final class SteadyRate {

    /** One task, given its index. */
    interface Task {
        void run(int index) throws Exception;
    }

    private SteadyRate() {
    }

    static void run(int count, int perSecond, Task task) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(8);
        try {
            List<ScheduledFuture<?>> started = new ArrayList<>();
            long interval = 1_000_000_000L / perSecond;
            for (int i = 0; i < count; i++) {
                int index = i;
                started.add(timer.schedule(() -> {
                    task.run(index);
                    return null;
                }, i * interval, TimeUnit.NANOSECONDS));
            }
            for (ScheduledFuture<?> future : started) {
                future.get();
            }
        } finally {
            timer.shutdownNow();
        }
    }
}
