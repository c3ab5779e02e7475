package fr.ipe.platform.views.operations;

import fr.ipe.platform.views.GenerationWriter;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.operations.RebuildProgress.Kind;
import fr.ipe.platform.views.operations.RebuildProgress.State;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a rebuild and a snapshot share: replaying the topics into generations of their own on a thread of their own,
 * storing where they stand every second, stopping when ops cancel, and ending whatever happens: any failure, an
 * {@link Error} included, ends FAILED with its partial generations dropped and its progress stream closed.
 */
abstract class ReplayOperation implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReplayOperation.class);
    private static final long HEARTBEAT_NANOS = 1_000_000_000L;

    final String id;
    final List<String> views;
    final Map<String, Integer> targets;
    final ViewEngine engine;
    final ViewOperations operations;
    private final Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final ReplaySource source;
    final Instant startedAt = Instant.now();

    volatile State state = State.RUNNING;
    volatile long lag = -1;
    volatile Instant switchedAt;
    volatile Instant finishedAt;
    volatile String error;
    volatile TopicReplay replay;
    private long heartbeatAt;

    ReplayOperation(String id, List<String> views, Map<String, Integer> targets, ViewEngine engine,
                    ViewOperations operations, ReplaySource source) {
        this.id = id;
        this.views = List.copyOf(views);
        this.targets = Map.copyOf(targets);
        this.engine = engine;
        this.operations = operations;
        this.consumers = source.consumers();
        this.source = source;
    }

    abstract Kind kind();

    /** The replay proper, once the topics are assigned; ends in DONE or CANCELLED (or throws). */
    abstract void replay(TopicReplay replay);

    /** After a failure or a cancellation: what else to undo (the targets are dropped already). */
    void undo() {
    }

    /** Always, last: what to release. */
    void release() {
    }

    abstract RebuildProgress progress();

    @Override
    public final void run() {
        try (KafkaConsumer<String, byte[]> consumer = consumers.get();
             GenerationWriter writer = engine.writer(targets)) {
            replay = new TopicReplay(consumer, source.topics(), source.codec(), writer, bound());
            replay(replay);
            if (state == State.CANCELLED) {
                dropTargets();
            }
        } catch (Throwable failure) {
            state = State.FAILED;
            error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            log.error("{} {} of {} failed; the current generations stay", kind(), id, views, failure);
            try {
                dropTargets();
                undo();
            } catch (Throwable cleanUp) {
                failure.addSuppressed(cleanUp);
            }
            if (failure instanceof VirtualMachineError fatal) {
                // an out-of-memory leaves nothing trustworthy: end it stored, then let the JVM go down (it is run with
                // ExitOnOutOfMemoryError and restarted)
                end();
                throw fatal;
            }
        } finally {
            end();
        }
    }

    private void end() {
        if (finishedAt == null) {
            finishedAt = Instant.now();
            release();
        }
        try {
            operations.save(progress());
        } catch (RuntimeException e) {
            log.warn("{} {} ended {} but could not be stored: {}", kind(), id, state, e.toString());
        }
    }

    SnapshotBound bound() {
        return null;
    }

    /** Stores the progress every second and answers whether ops asked to stop. */
    boolean heartbeat() {
        if (System.nanoTime() - heartbeatAt < HEARTBEAT_NANOS) {
            return false;
        }
        heartbeatAt = System.nanoTime();
        beat();
        operations.save(progress());
        return operations.cancelRequested(id);
    }

    /** Whatever else must be refreshed while running (a lock). */
    void beat() {
    }

    private void dropTargets() {
        targets.forEach(engine::drop);
    }

    /** Seconds left at the current rate (null until a rate is known). */
    Long secondsLeft() {
        TopicReplay current = replay;
        double rate = current == null ? 0 : current.rate();
        return state.isOver() ? Long.valueOf(0) : lag < 0 || rate <= 0 ? null : (long) Math.ceil(lag / rate);
    }
}
