package fr.ipe.platform.views.operations;

import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.operations.RebuildProgress.Kind;
import fr.ipe.platform.views.operations.RebuildProgress.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Time travel: views built as of an instant or a stream position into generations of their own, stored in
 * {@link ViewOperations} so that any instance reads them; queries name one with {@code ?snapshot=}.
 */
public final class Snapshots {

    private final ViewEngine engine;
    private final ViewOperations operations;
    private final ReplaySource source;

    public Snapshots(ViewEngine engine, ViewOperations operations, ReplaySource source) {
        this.engine = engine;
        this.operations = operations;
        this.source = source;
    }

    /**
     * Builds {@code views} (all when empty) as they stood at {@code bound}; any number may run.
     *
     * @throws RuleViolation 422 for an unknown view
     */
    public RebuildProgress build(List<String> views, SnapshotBound bound) {
        List<String> chosen = Views.chosen(engine, views);
        Map<String, Integer> targets = new LinkedHashMap<>();
        chosen.forEach(view -> targets.put(view, engine.generations().next(view)));
        String id = UUID.randomUUID().toString();
        Snapshot snapshot = new Snapshot(id, chosen, targets, bound, engine, operations, source);
        RebuildProgress started = snapshot.progress();
        operations.create(started);
        Views.launch("snapshot-", id, snapshot);
        return started;
    }

    public Optional<RebuildProgress> find(String id) {
        return operations.find(id, Kind.SNAPSHOT);
    }

    /** Every snapshot, the newest first. */
    public List<RebuildProgress> all() {
        return operations.all(Kind.SNAPSHOT);
    }

    /**
     * The generations to read snapshot {@code id} from (view → generation); empty for an unknown snapshot.
     *
     * @throws RuleViolation 409 while it is being built, or when it failed
     */
    public Optional<Map<String, Integer>> generations(String id) {
        return find(id).map(snapshot -> {
            if (snapshot.state() != State.DONE) {
                throw RuleViolation.conflict("snapshot-not-ready", "snapshot " + id + " is " + snapshot.state());
            }
            return snapshot.generations();
        });
    }

    /** Drops a snapshot and its generations (a running one is stopped first); empty for an unknown snapshot. */
    public Optional<RebuildProgress> drop(String id) {
        Optional<RebuildProgress> found = find(id);
        found.ifPresent(snapshot -> {
            operations.requestCancel(id);
            operations.delete(id);
            if (snapshot.isOver()) {
                snapshot.generations().forEach(engine::drop);
            }
        });
        return found;
    }
}
