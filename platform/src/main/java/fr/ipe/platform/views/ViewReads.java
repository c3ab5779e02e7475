package fr.ipe.platform.views;

import fr.ipe.platform.web.ResourceNotFoundException;
import java.util.Map;

/**
 * Which generation a query reads, chosen once per request and handed to it: the current one, or a snapshot's (a query
 * naming {@code ?snapshot=<id>}). A controller takes it as a parameter; nothing is kept on the thread.
 */
public final class ViewReads {

    private final ViewEngine engine;
    private final String snapshot;
    private final Map<String, Integer> generations;

    private ViewReads(ViewEngine engine, String snapshot, Map<String, Integer> generations) {
        this.engine = engine;
        this.snapshot = snapshot;
        this.generations = generations;
    }

    /** Reads the current generations. */
    public static ViewReads current(ViewEngine engine) {
        return new ViewReads(engine, null, null);
    }

    /** Reads snapshot {@code id}, whose generations are {@code generations} (view → generation). */
    public static ViewReads snapshot(ViewEngine engine, String id, Map<String, Integer> generations) {
        return new ViewReads(engine, id, Map.copyOf(generations));
    }

    /** Whether a snapshot is read (which never changes, so has no live stream). */
    public boolean isSnapshot() {
        return snapshot != null;
    }

    /**
     * The store of {@code view} this request reads.
     *
     * @throws ResourceNotFoundException when the snapshot read holds no generation of that view
     */
    public ViewStore of(String view) {
        if (snapshot == null) {
            return engine.current(view);
        }
        Integer generation = generations.get(view);
        if (generation == null) {
            throw new ResourceNotFoundException("snapshot of view " + view, snapshot);
        }
        return engine.generation(view, generation);
    }
}
