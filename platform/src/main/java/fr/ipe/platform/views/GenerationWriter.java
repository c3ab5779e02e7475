package fr.ipe.platform.views;

import fr.ipe.platform.kafka.ReceivedEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills new generations of some views, as their only writer (a rebuild, a snapshot): the views' own projections apply
 * each event to batch stores, and each batch of events is written at once.
 */
public final class GenerationWriter {

    private final List<ViewProjection> projections;
    private final Map<String, BatchStore> stores = new LinkedHashMap<>();

    GenerationWriter(ViewEngine engine, Map<String, Integer> targets) {
        this.projections = engine.projectionsOf(targets.keySet());
        targets.forEach((view, generation) -> stores.put(view, engine.batch(view, generation)));
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

    /** Writes what the batch changed. */
    public void flush() {
        stores.values().forEach(BatchStore::flush);
    }
}
