package fr.ipe.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.kafka.CloudEventCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Ops' rebuilds of the views (one or all), each on its own thread, one at a time per view: a view being rebuilt is
 * locked by a document in {@code view_rebuild_locks} (so two reporting instances cannot rebuild it at once either),
 * which the rebuild refreshes; a lock not refreshed for a minute (its instance died) is taken over.
 * Finished rebuilds are kept in memory for their progress and the drop of a kept previous generation.
 */
public class Rebuilds {

    private final ViewGenerations generations;
    private final List<ReportProjection> projections;
    private final MongoCollection<Document> locks;
    private final Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final List<String> topics;
    private final CloudEventCodec codec;
    private final MessageListenerContainer live;
    private final Runnable afterSwitch;
    private static final Duration STALE_LOCK = Duration.ofMinutes(1);

    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    public Rebuilds(ViewGenerations generations, List<ReportProjection> projections,
                    MongoCollection<Document> locks, Supplier<KafkaConsumer<String, byte[]>> consumers,
                    List<String> topics, CloudEventCodec codec, MessageListenerContainer live, Runnable afterSwitch) {
        this.generations = generations;
        this.projections = List.copyOf(projections);
        this.locks = locks;
        this.consumers = consumers;
        this.topics = List.copyOf(topics);
        this.codec = codec;
        this.live = live;
        this.afterSwitch = afterSwitch;
    }

    /** The views ops can rebuild, with their collections. */
    public Map<String, ? extends Collection<String>> views() {
        return generations.views();
    }

    /**
     * Starts rebuilding {@code views} (all of them when empty) into new generations.
     *
     * @throws RuleViolation 422 for an unknown view, 409 while one of them is being rebuilt
     */
    public RebuildProgress start(List<String> views, boolean keepPrevious) {
        List<String> chosen = chosen(views);
        String id = UUID.randomUUID().toString();
        List<String> locked = new ArrayList<>();
        try {
            for (String view : chosen) {
                lock(view, id);
                locked.add(view);
            }
        } catch (RuntimeException e) {
            locked.forEach(this::unlock);
            throw e;
        }
        Map<String, Integer> targets = new LinkedHashMap<>();
        Map<String, Integer> previous = new LinkedHashMap<>();
        for (String view : chosen) {
            previous.put(view, generations.current(view));
            targets.put(view, generations.nextGeneration(view));
        }
        List<ReportProjection> feeding = projections.stream().filter(p -> chosen.contains(p.view())).toList();
        Rebuild rebuild = new Rebuild(id, chosen, feeding, targets, previous, keepPrevious, consumers, topics, codec,
                live, generations, null, () -> chosen.forEach(view -> heartbeat(view, id)), afterSwitch,
                () -> chosen.forEach(this::unlock));
        return launch(rebuild);
    }

    /**
     * Builds {@code views} (all when empty) as they stood at {@code bound}, into generations of their own that queries
     * read by naming the snapshot; the current generations are untouched and any number of snapshots may run.
     *
     * @throws RuleViolation 422 for an unknown view
     */
    public RebuildProgress snapshot(List<String> views, SnapshotBound bound) {
        List<String> chosen = chosen(views);
        Map<String, Integer> targets = new LinkedHashMap<>();
        chosen.forEach(view -> targets.put(view, generations.nextGeneration(view)));
        List<ReportProjection> feeding = projections.stream().filter(p -> chosen.contains(p.view())).toList();
        return launch(new Rebuild(UUID.randomUUID().toString(), chosen, feeding, targets, Map.of(), true, consumers,
                topics, codec, live, generations, bound, () -> { }, () -> { }, () -> { }));
    }

    /**
     * The generations to read snapshot {@code id} from; empty for an unknown snapshot.
     *
     * @throws RuleViolation 409 while it is being built, or when it failed
     */
    public Optional<Map<String, Integer>> snapshotGenerations(String id) {
        Rebuild snapshot = rebuilds.get(id);
        if (snapshot == null || !snapshot.isSnapshot()) {
            return Optional.empty();
        }
        RebuildProgress progress = snapshot.progress();
        if (progress.state() != RebuildProgress.State.DONE) {
            throw RuleViolation.conflict("snapshot-not-ready", "snapshot " + id + " is " + progress.state());
        }
        return Optional.of(snapshot.targets());
    }

    /** Drops a snapshot's generations (a running one is cancelled first); empty for an unknown snapshot. */
    public Optional<RebuildProgress> dropSnapshot(String id) {
        Rebuild snapshot = rebuilds.get(id);
        if (snapshot == null || !snapshot.isSnapshot()) {
            return Optional.empty();
        }
        snapshot.cancel();
        if (snapshot.progress().isOver()) {
            snapshot.targets().forEach(generations::dropGeneration);
        }
        rebuilds.remove(id);
        return Optional.of(snapshot.progress());
    }

    private RebuildProgress launch(Rebuild rebuild) {
        rebuilds.put(rebuild.id(), rebuild);
        Thread thread = new Thread(rebuild, "rebuild-" + rebuild.id().substring(0, 8));
        thread.setDaemon(true);
        thread.start();
        return rebuild.progress();
    }

    private List<String> chosen(List<String> views) {
        Map<String, ? extends Collection<String>> known = generations.views();
        List<String> chosen = views == null || views.isEmpty() ? List.copyOf(known.keySet())
                : views.stream().distinct().sorted().toList();
        for (String view : chosen) {
            if (!known.containsKey(view)) {
                throw RuleViolation.unprocessable("unknown-view", "views",
                        "no view named " + view + "; the views are " + known.keySet());
            }
        }
        return chosen;
    }

    public Optional<RebuildProgress> find(String id, RebuildProgress.Kind kind) {
        return Optional.ofNullable(rebuilds.get(id)).map(Rebuild::progress).filter(p -> p.kind() == kind);
    }

    /** Every rebuild (or every snapshot) this instance ran or runs, the newest first. */
    public List<RebuildProgress> all(RebuildProgress.Kind kind) {
        return rebuilds.values().stream().map(Rebuild::progress).filter(p -> p.kind() == kind)
                .sorted(Comparator.comparing(RebuildProgress::startedAt).reversed()).toList();
    }

    /** Stops a running rebuild; its partial generation is dropped. */
    public Optional<RebuildProgress> cancel(String id) {
        Rebuild rebuild = rebuilds.get(id);
        if (rebuild == null || rebuild.isSnapshot()) {
            return Optional.empty();
        }
        if (rebuild.progress().isOver()) {
            throw RuleViolation.conflict("rebuild-over", "rebuild " + id + " is already " + rebuild.progress().state());
        }
        rebuild.cancel();
        return Optional.of(rebuild.progress());
    }

    /** Drops the previous generations a finished rebuild kept (the rollback point is then gone). */
    public Optional<RebuildProgress> dropPrevious(String id) {
        Rebuild rebuild = rebuilds.get(id);
        if (rebuild == null || rebuild.isSnapshot()) {
            return Optional.empty();
        }
        RebuildProgress progress = rebuild.progress();
        if (progress.state() != RebuildProgress.State.DONE || !rebuild.keepPrevious()) {
            throw RuleViolation.conflict("no-previous-generation-kept",
                    "rebuild " + id + " is " + progress.state() + " and kept no previous generation");
        }
        rebuild.previous().forEach((view, generation) -> {
            if (generations.current(view) != generation) {
                generations.dropGeneration(view, generation);
            }
        });
        return Optional.of(progress);
    }

    private void lock(String view, String id) {
        Document lock = new Document("_id", view).append("rebuild", id).append("heartbeatAt", new Date());
        try {
            locks.insertOne(lock);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Date stale = Date.from(Instant.now().minus(STALE_LOCK));
            if (locks.replaceOne(Filters.and(Filters.eq("_id", view), Filters.lt("heartbeatAt", stale)), lock)
                    .getMatchedCount() == 0) {
                throw RuleViolation.conflict("rebuild-in-progress", "the view " + view + " is being rebuilt");
            }
        }
    }

    private void heartbeat(String view, String id) {
        locks.updateOne(Filters.and(Filters.eq("_id", view), Filters.eq("rebuild", id)),
                Updates.set("heartbeatAt", new Date()));
    }

    private void unlock(String view) {
        locks.deleteOne(Filters.eq("_id", view));
    }
}
