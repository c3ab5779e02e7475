package fr.ipe.platform.views.operations;

import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.operations.RebuildProgress.Kind;
import fr.ipe.platform.views.operations.RebuildProgress.State;
import fr.ipe.platform.views.GenerationWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild: reads the context topics from offset 0 into new generations of its views with their own projections,
 * then switches. The switch is fenced: the live stream is paused, the rebuild reads up to the head as it is then (so it
 * holds everything the live stream applied), the views switch, and the live stream resumes on the new generations,
 * where what it applied already is a no-op (facts are guarded by sequence). Queries never stop reading.
 */
final class Rebuild extends ReplayOperation {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /**
     * Lag at which the rebuild fences: under a steady load the head keeps moving, so the rebuild stops chasing it once
     * the rest takes a moment to read, and reads that rest while the live stream is paused.
     */
    private static final long FENCE_LAG = 2_000;
    /**
     * How long a rebuild goes on reading after its switch, into its (now current) generations as one writer among
     * others: another instance whose batch began before the switch wrote it to the replaced generation; the tail
     * writes it again to the new one (a no-op for what is there already). An instance reads the current generation
     * at each batch, so a few seconds cover any batch.
     */
    private static final Duration TAIL = Duration.ofSeconds(3);

    private final Map<String, Integer> previous;
    private final boolean keepPrevious;
    private final LiveFence fence;
    private final Runnable beat;
    private final Runnable onSwitch;
    private final Runnable onEnd;
    private boolean paused;

    Rebuild(String id, List<String> views, Map<String, Integer> targets, Map<String, Integer> previous,
            boolean keepPrevious, ViewEngine engine, ViewOperations operations, ReplaySource source, LiveFence fence,
            Runnable beat, Runnable onSwitch, Runnable onEnd) {
        super(id, views, targets, engine, operations, source);
        this.previous = Map.copyOf(previous);
        this.keepPrevious = keepPrevious;
        this.fence = fence;
        this.beat = beat;
        this.onSwitch = onSwitch;
        this.onEnd = onEnd;
    }

    @Override
    Kind kind() {
        return Kind.REBUILD;
    }

    @Override
    void replay(TopicReplay replay) {
        lag = replay.lagTo(replay.head());
        while (true) {
            if (heartbeat()) {
                state = State.CANCELLED;
                log.info("rebuild {} of {} cancelled after {} events", id, views, replay.read());
                return;
            }
            replay.readOnce();
            lag = replay.lagTo(replay.head());
            if (lag <= FENCE_LAG) {
                state = State.SWITCHING;
                fence.pause();
                paused = true;
                Map<TopicPartition, Long> head = replay.head();
                replay.readTo(head, () -> false);
                replay.finish();
                targets.forEach(engine.generations()::switchTo);
                switchedAt = Instant.now();
                fence.resume();
                paused = false;
                onSwitch.run();
                try (GenerationWriter shared = engine.sharedWriter(targets)) {
                    replay.writeWith(shared);
                    long until = System.nanoTime() + TAIL.toNanos();
                    while (System.nanoTime() < until) {
                        replay.readOnce();
                    }
                }
                lag = 0;
                state = State.DONE;
                if (!keepPrevious) {
                    previous.forEach(engine::drop);
                }
                log.info("rebuild {} of {} switched to generations {} after {} events ({})", id, views, targets,
                        replay.read(), replay.timings());
                return;
            }
        }
    }

    @Override
    void beat() {
        beat.run();
    }

    @Override
    void release() {
        if (paused) {
            fence.resume();
            paused = false;
        }
        onEnd.run();
    }

    @Override
    RebuildProgress progress() {
        TopicReplay current = replay;
        return new RebuildProgress(id, Kind.REBUILD, views, state, current == null ? 0 : current.read(),
                current == null ? 0 : current.applied(), current == null ? 0 : current.skipped(),
                current == null ? 0 : Math.round(current.rate() * 10) / 10.0, Math.max(lag, 0), secondsLeft(),
                targets, previous, keepPrevious, startedAt, switchedAt, finishedAt, error, null, null);
    }
}
