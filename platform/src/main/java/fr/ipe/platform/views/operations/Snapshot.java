package fr.ipe.platform.views.operations;

import fr.ipe.platform.views.ViewEngine;
import fr.ipe.platform.views.operations.RebuildProgress.Kind;
import fr.ipe.platform.views.operations.RebuildProgress.State;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Views as they stood at an instant or a position of the stream: the topics as they were when it started, read from
 * offset 0 into generations of its own that queries name with {@code ?snapshot=}; the current generations are never
 * touched, and it never switches.
 */
final class Snapshot extends ReplayOperation {

    private static final Logger log = LoggerFactory.getLogger(Snapshot.class);

    private final SnapshotBound bound;

    Snapshot(String id, List<String> views, Map<String, Integer> targets, SnapshotBound bound, ViewEngine engine,
             ViewOperations operations, ReplaySource source) {
        super(id, views, targets, engine, operations, source);
        this.bound = bound;
    }

    @Override
    Kind kind() {
        return Kind.SNAPSHOT;
    }

    @Override
    SnapshotBound bound() {
        return bound;
    }

    @Override
    void replay(TopicReplay replay) {
        var head = replay.head();
        lag = replay.lagTo(head);
        boolean[] cancelled = {false};
        replay.readTo(head, () -> {
            lag = replay.lagTo(head);
            return cancelled[0] = heartbeat();
        });
        if (cancelled[0]) {
            state = State.CANCELLED;
            return;
        }
        replay.finish();
        lag = 0;
        state = State.DONE;
        log.info("snapshot {} of {} as of {} built in generations {} from {} events", id, views,
                bound.at() != null ? bound.at() : bound.position(), targets, replay.read());
    }

    @Override
    RebuildProgress progress() {
        TopicReplay current = replay;
        return new RebuildProgress(id, Kind.SNAPSHOT, views, state, current == null ? 0 : current.read(),
                current == null ? 0 : current.applied(), current == null ? 0 : current.skipped(),
                current == null ? 0 : Math.round(current.rate() * 10) / 10.0, Math.max(lag, 0), secondsLeft(),
                targets, Map.of(), true, startedAt, null, finishedAt, error, bound.at(),
                current == null ? Map.of() : current.reached());
    }
}
