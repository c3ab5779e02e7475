package fr.ipe.reporting.query;

import fr.ipe.platform.kafka.CloudEventCodec;
import fr.ipe.platform.mongo.FactBatch;
import fr.ipe.platform.kafka.ReceivedEvent;
import fr.ipe.reporting.query.RebuildProgress.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * One rebuild: reads the context topics from offset 0 into a new generation of its views with the live projections'
 * own functions, then switches. (With a {@link SnapshotBound}, an as-of snapshot: it reads up to the bound into a
 * generation of its own that queries name, and never switches.) The switch is fenced: the live stream is paused, the rebuild reads up to the head as it
 * is then (so it holds everything the live stream applied), the views switch, and the live stream resumes on the new
 * generation, where what it already applied is a no-op (facts are guarded by sequence). Queries never stop reading.
 */
final class Rebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PAUSE_WAIT = Duration.ofSeconds(30);
    /**
     * Lag at which the rebuild fences: under a steady load the head keeps moving, so the rebuild stops chasing it once
     * the rest takes a moment to read, and reads that rest while the live stream is paused.
     */
    private static final long FENCE_LAG = 2_000;

    private final String id;
    private final List<String> views;
    private final List<ReportProjection> projections;
    private final Map<String, Integer> targets;
    private final Map<String, Integer> previous;
    private final boolean keepPrevious;
    private final Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final List<String> topics;
    private final CloudEventCodec codec;
    private final MessageListenerContainer live;
    private final ViewGenerations generations;
    private final SnapshotBound bound;
    private final Map<String, Long> reached = new java.util.concurrent.ConcurrentHashMap<>();
    private final Runnable heartbeat;
    private final Runnable onSwitch;
    private final Runnable onEnd;
    private final Instant startedAt = Instant.now();
    /** The new generation's facts, applied in memory and written in bulk once per poll (it has no other writer). */
    private final FactBatch batch = new FactBatch();

    private volatile State state = State.RUNNING;
    private volatile boolean cancelled;
    private volatile long eventsRead;
    private volatile long eventsApplied;
    private volatile long eventsSkipped;
    private volatile double rate;
    private volatile long lag = -1;
    private volatile Instant switchedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    private long heartbeatAt;

    Rebuild(String id, List<String> views, List<ReportProjection> projections, Map<String, Integer> targets,
            Map<String, Integer> previous, boolean keepPrevious, Supplier<KafkaConsumer<String, byte[]>> consumers,
            List<String> topics, CloudEventCodec codec, MessageListenerContainer live, ViewGenerations generations,
            SnapshotBound bound, Runnable heartbeat, Runnable onSwitch, Runnable onEnd) {
        this.id = id;
        this.views = List.copyOf(views);
        this.projections = List.copyOf(projections);
        this.targets = Map.copyOf(targets);
        this.previous = Map.copyOf(previous);
        this.keepPrevious = keepPrevious;
        this.consumers = consumers;
        this.topics = List.copyOf(topics);
        this.codec = codec;
        this.live = live;
        this.generations = generations;
        this.bound = bound;
        this.heartbeat = heartbeat;
        this.onSwitch = onSwitch;
        this.onEnd = onEnd;
    }

    String id() {
        return id;
    }

    List<String> views() {
        return views;
    }

    Map<String, Integer> previous() {
        return previous;
    }

    boolean keepPrevious() {
        return keepPrevious;
    }

    void cancel() {
        cancelled = true;
    }

    boolean isSnapshot() {
        return bound != null;
    }

    Map<String, Integer> targets() {
        return targets;
    }

    RebuildProgress progress() {
        Long left = lag < 0 || rate <= 0 ? null : (long) Math.ceil(lag / rate);
        return new RebuildProgress(id, bound == null ? RebuildProgress.Kind.REBUILD : RebuildProgress.Kind.SNAPSHOT,
                views, state, eventsRead, eventsApplied, eventsSkipped, Math.round(rate * 10) / 10.0, Math.max(lag, 0),
                state.isOver() ? Long.valueOf(0) : left, targets, previous, keepPrevious, startedAt, switchedAt,
                finishedAt, error, bound == null ? null : bound.at(), bound == null ? null : new TreeMap<>(reached));
    }

    @Override
    public void run() {
        boolean paused = false;
        try (KafkaConsumer<String, byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = partitionsOf(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            ViewGenerations.building(targets, () -> {
                projections.forEach(ReportProjection::prepare);
                return null;
            });
            RateWindow window = new RateWindow();
            Map<TopicPartition, Long> head = consumer.endOffsets(partitions);
            lag = lagTo(consumer, partitions, head);
            if (bound != null) {
                // a snapshot reads what the stream held when it started, keeps what its bound includes, and stays aside
                readTo(consumer, partitions, head, window);
                if (!cancelled) {
                    lag = 0;
                    state = State.DONE;
                    log.info("snapshot {} of {} as of {} built in generations {} from {} events", id, views,
                            bound.at() != null ? bound.at() : bound.position(), targets, eventsRead);
                    return;
                }
            }
            while (!cancelled) {
                readOnce(consumer, window);
                head = consumer.endOffsets(partitions);
                lag = lagTo(consumer, partitions, head);
                if (lag <= FENCE_LAG) {
                    state = State.SWITCHING;
                    paused = pauseLive();
                    readTo(consumer, partitions, consumer.endOffsets(partitions), window);
                    if (cancelled) {
                        break;
                    }
                    targets.forEach(generations::switchTo);
                    switchedAt = Instant.now();
                    resumeLive();
                    paused = false;
                    onSwitch.run();
                    lag = 0;
                    state = State.DONE;
                    if (!keepPrevious) {
                        drop(previous);
                    }
                    log.info("rebuild {} of {} switched to generations {} after {} events", id, views, targets,
                            eventsRead);
                    return;
                }
            }
            state = State.CANCELLED;
            drop(targets);
            log.info("rebuild {} of {} cancelled after {} events", id, views, eventsRead);
        } catch (RuntimeException e) {
            state = State.FAILED;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("rebuild {} of {} failed; the current generations stay", id, views, e);
            drop(targets);
        } finally {
            if (paused) {
                resumeLive();
            }
            finishedAt = Instant.now();
            onEnd.run();
        }
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            Optional.ofNullable(consumer.partitionsFor(topic, Duration.ofSeconds(30))).orElse(List.of())
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    private void readOnce(KafkaConsumer<String, byte[]> consumer, RateWindow window) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            apply(record);
        }
        batch.flush();
        rate = window.rate(eventsRead);
        if (System.nanoTime() - heartbeatAt > 5_000_000_000L) {
            heartbeat.run();
            heartbeatAt = System.nanoTime();
        }
    }

    /** Reads until every partition reached {@code until} (the head when the live stream was paused). */
    private void readTo(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
                        Map<TopicPartition, Long> until, RateWindow window) {
        while (!cancelled && lagTo(consumer, partitions, until) > 0) {
            readOnce(consumer, window);
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        eventsRead++;
        ReceivedEvent event;
        try {
            event = codec.decode(record);
        } catch (RuntimeException unreadable) {
            // the live stream parked it in the dead-letter topic: a redrive brings it back to the topic, and here
            eventsSkipped++;
            return;
        }
        if (bound != null) {
            if (!bound.includes(record, event)) {
                return;
            }
            reached.merge(SnapshotBound.partitionOf(record), record.offset() + 1, Math::max);
        }
        boolean applied = ViewGenerations.building(targets, () -> batch.bound(() -> {
            boolean any = false;
            for (ReportProjection projection : projections) {
                any |= projection.project(event);
            }
            return any;
        }));
        if (applied) {
            eventsApplied++;
        }
    }

    private static long lagTo(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
                              Map<TopicPartition, Long> until) {
        long behind = 0;
        for (TopicPartition partition : partitions) {
            behind += Math.max(0, until.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        return behind;
    }

    private boolean pauseLive() {
        live.pause();
        long deadline = System.nanoTime() + PAUSE_WAIT.toNanos();
        while (!live.isContainerPaused() && live.isRunning()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the live stream did not pause within " + PAUSE_WAIT);
            }
            sleep(20);
        }
        return true;
    }

    private void resumeLive() {
        live.resume();
    }

    private void drop(Map<String, Integer> generationsByView) {
        generationsByView.forEach(generations::dropGeneration);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Events per second since the rebuild started. */
    private static final class RateWindow {
        private final long startedAt = System.nanoTime();

        double rate(long read) {
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            return seconds < 0.001 ? 0 : read / seconds;
        }
    }
}
