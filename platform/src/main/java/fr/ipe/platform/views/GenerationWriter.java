package fr.ipe.platform.views;

import fr.ipe.platform.kafka.ReceivedEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fills new generations of some views, as their only writer (a rebuild, a snapshot): the views' own projections apply
 * each event to batch stores, and each batch of events is written at once, on a thread of its own while the next
 * batch is read and applied (two cores: one reads and applies, the other writes).
 */
public final class GenerationWriter implements AutoCloseable {

    private final List<ViewProjection> projections;
    private final Map<String, BatchStore> stores = new LinkedHashMap<>();
    private final ExecutorService writes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "generation-writer");
        thread.setDaemon(true);
        return thread;
    });

    GenerationWriter(ViewEngine engine, Map<String, Integer> targets, boolean shared) {
        this.projections = engine.projectionsOf(targets.keySet());
        targets.forEach((view, generation) -> stores.put(view, shared ? engine.shared(view, generation)
                : engine.batch(view, generation, writes)));
    }

    /** Readies the new generations (their indexes). */
    public void prepare() {
        projections.forEach(projection -> projection.prepare(stores.get(projection.view())));
    }

    /** The next events are about these aggregates: their facts are read at once. */
    public void begin(Collection<String> subjects) {
        stores.values().forEach(store -> store.beginBatch(subjects));
    }

    /** Applies one event to every view being written; answers whether any changed. */
    public boolean apply(ReceivedEvent event) {
        boolean any = false;
        for (ViewProjection projection : projections) {
            any |= projection.project(event, stores.get(projection.view()));
        }
        return any;
    }

    /** Writes what the batch changed (on the writer's thread: {@link #finish} waits for it). */
    public void flush() {
        stores.values().forEach(BatchStore::flush);
    }

    /** Waits until every batch flushed is written. */
    public void finish() {
        stores.values().forEach(BatchStore::awaitWrites);
    }

    @Override
    public void close() {
        writes.shutdownNow();
    }
}
