package fr.ipe.platform.views;

import com.mongodb.client.MongoDatabase;
import fr.ipe.platform.kafka.BatchProjection;
import fr.ipe.platform.kafka.ReceivedEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views of a consumer service and their stores: which projections feed which view, the store of a view's current
 * generation (what the live stream writes and queries read), the store of any other generation (a snapshot's), and a
 * single writer's batch store (what a rebuild or a snapshot fills). Any service that projects events into MongoDB views
 * gets generations, rebuilds, snapshots and live pushes from it.
 */
public class ViewEngine {

    private static final Logger log = LoggerFactory.getLogger(ViewEngine.class);

    private final MongoDatabase database;
    private final List<ViewProjection> projections;
    private final Generations generations;
    private final Map<String, Set<String>> views;
    private volatile ViewChangeListener listener = ViewChangeListener.NONE;
    private final DistinctCounts distinctCounts = new DistinctCounts();

    /** {@code database} is where every generation of every view lives. */
    public ViewEngine(MongoDatabase database, List<ViewProjection> projections) {
        this.database = database;
        this.projections = List.copyOf(projections);
        this.generations = new Generations(database);
        Map<String, Set<String>> byView = new TreeMap<>();
        for (ViewProjection projection : projections) {
            byView.computeIfAbsent(projection.view(), v -> new LinkedHashSet<>()).addAll(projection.collections());
        }
        byView.replaceAll((view, collections) -> Set.copyOf(collections));
        this.views = Map.copyOf(byView);
    }

    /** Who is told when live totals move (the live pushes). */
    public void listen(ViewChangeListener listener) {
        this.listener = listener;
    }

    /** The views, each with its collections, in name order. */
    public Map<String, Set<String>> views() {
        return new TreeMap<>(views);
    }

    public Generations generations() {
        return generations;
    }

    /** The store of {@code view}'s current generation: what the live stream writes and queries read. */
    public ViewStore current(String view) {
        return new LiveStore(view, generations.current(view), collectionsOf(view), database, listener,
                distinctCounts);
    }

    /** The store of {@code view}'s {@code generation}, to read (a snapshot's). */
    public ViewStore generation(String view, int generation) {
        return new LiveStore(view, generation, collectionsOf(view), database, ViewChangeListener.NONE,
                distinctCounts);
    }

    /** A writer filling {@code targets} (view → generation) as their only writer: a rebuild, a snapshot. */
    public GenerationWriter writer(Map<String, Integer> targets) {
        targets.keySet().forEach(this::collectionsOf);
        return new GenerationWriter(this, targets, false);
    }

    /**
     * A writer of {@code targets} that other writers may write at the same time (the live stream): a rebuild's tail,
     * after it switched.
     */
    public GenerationWriter sharedWriter(Map<String, Integer> targets) {
        targets.keySet().forEach(this::collectionsOf);
        return new GenerationWriter(this, targets, true);
    }

    BatchStore shared(String view, int generation) {
        LiveStore live = new LiveStore(view, generation, collectionsOf(view), database, listener, distinctCounts);
        return new BatchStore(view, generation, collectionsOf(view), database, BatchStore.Mode.SHARED, live,
                listener);
    }

    /** Drops {@code view}'s {@code generation} (a replaced, a partial or a snapshot's). */
    public void drop(String view, int generation) {
        generations.drop(generation, collectionsOf(view));
    }

    BatchStore batch(String view, int generation, java.util.concurrent.ExecutorService writes) {
        return new BatchStore(view, generation, collectionsOf(view), database, BatchStore.Mode.SINGLE_WRITER, null,
                ViewChangeListener.NONE, writes);
    }

    /** The projections feeding {@code chosen}. */
    List<ViewProjection> projectionsOf(Collection<String> chosen) {
        return projections.stream().filter(p -> chosen.contains(p.view())).toList();
    }

    /**
     * Applies a batch of live events (a poll) to every view's current generation: in memory, then written at once
     * (see {@link BatchStore}). If the projection of one of them throws, what came before it is written and the failure
     * is thrown as {@link BatchProjection.Failure} naming it, so the consumer parks that event and goes on after it.
     */
    public void projectAll(List<ReceivedEvent> events) {
        Map<String, BatchStore> stores = liveBatches();
        Set<String> subjects = new LinkedHashSet<>();
        events.forEach(event -> subjects.add(event.subject()));
        stores.values().forEach(store -> store.beginBatch(subjects));
        for (int i = 0; i < events.size(); i++) {
            try {
                for (ViewProjection projection : projections) {
                    projection.project(events.get(i), stores.get(projection.view()));
                }
            } catch (RuntimeException failure) {
                // the batch so far may hold part of the failed event: write what came before it, afresh
                if (i > 0) {
                    projectAll(events.subList(0, i));
                }
                throw new BatchProjection.Failure(i, failure);
            }
        }
        stores.values().forEach(BatchStore::flush);
    }

    private Map<String, BatchStore> liveBatches() {
        Map<String, BatchStore> stores = new LinkedHashMap<>();
        boolean fresh = true;
        for (String view : views.keySet()) {
            generations.current(view, fresh);
            fresh = false;
            LiveStore live = (LiveStore) current(view);
            stores.put(view, new BatchStore(view, live.generation(), collectionsOf(view), database,
                    BatchStore.Mode.SHARED, live, listener));
        }
        return stores;
    }

    /** Applies a live event to every view's current generation; answers whether any view changed. */
    public boolean project(ReceivedEvent event) {
        boolean any = false;
        for (ViewProjection projection : projections) {
            any |= projection.project(event, current(projection.view()));
        }
        return any;
    }

    /** At start-up: readies each view's current generation and finishes what a crash left pending in it. */
    public void start() {
        for (ViewProjection projection : projections) {
            projection.prepare(current(projection.view()));
        }
        for (String view : views.keySet()) {
            int finished = ((LiveStore) current(view)).finishPending();
            if (finished > 0) {
                log.info("view {}: carried {} pending changes of facts to their totals", view, finished);
            }
        }
    }

    /** Forgets the totals journals' old notes (see {@link TotalsJournal}); answers how many. */
    public int pruneJournals() {
        int pruned = 0;
        for (String view : views.keySet()) {
            pruned += ((LiveStore) current(view)).pruneJournals(Instant.now());
        }
        return pruned;
    }

    Set<String> collectionsOf(String view) {
        Set<String> collections = views.get(view);
        if (collections == null) {
            throw new IllegalArgumentException("no view named " + view + "; the views are " + views.keySet());
        }
        return collections;
    }
}
