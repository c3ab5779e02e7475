package fr.ipe.platform.views.operations;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.operations.RebuildProgress.Kind;
import fr.ipe.platform.views.operations.RebuildProgress.State;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ops' rebuilds of the views (one, several or all), each on a thread of its own and one at a time per view across
 * instances ({@link RebuildLocks}); their progress is stored ({@link ViewOperations}), so any instance answers for it.
 */
public final class Rebuilds {

    private final ViewEngine engine;
    private final ViewOperations operations;
    private final RebuildLocks locks;
    private final ReplaySource source;
    private final LiveFence fence;
    private final Runnable afterSwitch;

    public Rebuilds(ViewEngine engine, ViewOperations operations, ReplaySource source, LiveFence fence,
                    Runnable afterSwitch, com.mongodb.client.MongoDatabase database) {
        this.engine = engine;
        this.operations = operations;
        this.locks = new RebuildLocks(database);
        this.source = source;
        this.fence = fence;
        this.afterSwitch = afterSwitch;
    }

    /** The views ops can rebuild, with their collections. */
    public Map<String, Set<String>> views() {
        return engine.views();
    }

    /**
     * Starts rebuilding {@code views} (all of them when empty) into new generations.
     *
     * @throws RuleViolation 422 for an unknown view, 409 while one of them is being rebuilt
     */
    public RebuildProgress start(List<String> views, boolean keepPrevious) {
        List<String> chosen = Views.chosen(engine, views);
        String id = UUID.randomUUID().toString();
        locks.lockAll(chosen, id);
        Map<String, Integer> targets = new LinkedHashMap<>();
        Map<String, Integer> previous = new LinkedHashMap<>();
        for (String view : chosen) {
            previous.put(view, engine.generations().current(view));
            targets.put(view, engine.generations().next(view));
        }
        Rebuild rebuild = new Rebuild(id, chosen, targets, previous, keepPrevious, engine, operations, source, fence,
                () -> locks.refresh(chosen, id), afterSwitch, () -> locks.unlockAll(chosen, id));
        RebuildProgress started = rebuild.progress();
        operations.create(started);
        Views.launch("rebuild-", id, rebuild);
        return started;
    }

    public Optional<RebuildProgress> find(String id) {
        return operations.find(id, Kind.REBUILD);
    }

    /** Every rebuild, the newest first. */
    public List<RebuildProgress> all() {
        return operations.all(Kind.REBUILD);
    }

    /**
     * Stops a running rebuild; its partial generation is dropped by its runner.
     *
     * @throws RuleViolation 409 when it is already over
     */
    public Optional<RebuildProgress> cancel(String id) {
        Optional<RebuildProgress> found = find(id);
        if (found.isPresent() && !operations.requestCancel(id)) {
            throw RuleViolation.conflict("rebuild-over", "rebuild " + id + " is already " + found.get().state());
        }
        return found.flatMap(p -> find(id));
    }

    /**
     * Drops the previous generations a finished rebuild kept (the rollback point is then gone).
     *
     * @throws RuleViolation 409 unless it is DONE and kept them
     */
    public Optional<RebuildProgress> dropPrevious(String id) {
        Optional<RebuildProgress> found = find(id);
        found.ifPresent(progress -> {
            if (progress.state() != State.DONE || !progress.keepPrevious()) {
                throw RuleViolation.conflict("no-previous-generation-kept",
                        "rebuild " + id + " is " + progress.state() + " and kept no previous generation");
            }
            progress.previousGenerations().forEach((view, generation) -> {
                if (engine.generations().current(view) != generation) {
                    engine.drop(view, generation);
                }
            });
        });
        return found;
    }

    /** Cleans up after the rebuilds and snapshots whose instance died: their partial generations go. */
    public void cleanUpAbandoned() {
        operations.abandoned(Instant.now(), progress -> progress.generations().forEach(engine::drop));
    }
}
