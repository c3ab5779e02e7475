package fr.ipe.platform.views;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * A batch of events applied in memory, then written at once: each fact the batch changes is written once and each key
 * it moves once, in bulk, and the facts it touches are read at once ({@link #beginBatch}), so a batch costs a few round
 * trips whatever its size, and memory holds one batch whatever the length of the stream.
 * <ul>
 * <li>{@link Mode#SINGLE_WRITER}: a generation nobody else writes nor reads yet (a rebuild, a snapshot): facts and
 * totals are simply written.</li>
 * <li>{@link Mode#SHARED}: the live generation, which other consumers may write at the same time: facts are written
 * compare-and-set on their revision, each holding its change pending until the totals have it, and the totals move
 * through the {@link TotalsJournal}, exactly once, as {@link LiveStore} does one event at a time. A fact another
 * writer changed meanwhile, or one a crash left with a change pending, has its events applied again one by one by the
 * live store.</li>
 * </ul>
 */
final class BatchStore implements ViewStore {

    enum Mode { SINGLE_WRITER, SHARED }

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final ReplaceOptions NO_UPSERT = new ReplaceOptions();
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final int DUPLICATE_KEY = 11000;
    private static final String WRITER = "_writer";

    private final String view;
    private final int generation;
    private final Set<String> collections;
    private final MongoDatabase database;
    private final Mode mode;
    private final LiveStore live;
    private final ViewChangeListener listener;
    /** Per facts collection: the facts as read (null value: known not to exist). */
    private final Map<String, Map<String, Document>> read = new HashMap<>();
    /** The facts this batch changed, in the order first changed. */
    private final Map<String, FactChange> changes = new LinkedHashMap<>();
    private Collection<String> likelyIds = List.of();
    /**
     * A single writer's memory of the facts it wrote, per collection: a Bloom filter, fixed in size whatever the number
     * of facts, so that a fact it never wrote is known new without reading it (a few false positives only cost a read).
     */
    private final Map<String, BloomFilter<CharSequence>> written = new HashMap<>();
    /** A single writer's batch being written (on {@code writes}) while the next one is applied: its facts by id. */
    private final Map<String, Map<String, Document>> inFlight = new HashMap<>();
    private final ExecutorService writes;
    private Future<?> writing;

    BatchStore(String view, int generation, Set<String> collections, MongoDatabase database, Mode mode,
               LiveStore live, ViewChangeListener listener) {
        this(view, generation, collections, database, mode, live, listener, null);
    }

    /** A single writer whose batches are written on {@code writes}, one at a time, while the next is applied. */
    BatchStore(String view, int generation, Set<String> collections, MongoDatabase database, Mode mode,
               LiveStore live, ViewChangeListener listener, ExecutorService writes) {
        this.view = view;
        this.generation = generation;
        this.collections = Set.copyOf(collections);
        this.database = database;
        this.mode = mode;
        this.live = live;
        this.listener = listener;
        this.writes = writes;
    }

    @Override
    public String view() {
        return view;
    }

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public MongoCollection<Document> collection(String name) {
        if (!collections.contains(name)) {
            throw new IllegalArgumentException("view " + view + " has no collection " + name + ": " + collections);
        }
        return database.getCollection(Generations.physicalName(name, generation));
    }

    @Override
    public Facts facts(String name) {
        return new BatchFacts(name, null, null);
    }

    @Override
    public TotalsReader totals(String name) {
        return new TotalsReader(collection(name), null);
    }

    /** The next events are about these facts (their subjects): they are read in one query per collection, if used. */
    void beginBatch(Collection<String> ids) {
        likelyIds = List.copyOf(new LinkedHashSet<>(ids));
    }

    /**
     * Writes the batch, then forgets it. A single writer with an executor hands the write to it and goes on with the
     * next batch (which sees this one's facts in memory until written); {@link #awaitWrites} waits for it.
     */
    void flush() {
        try {
            if (mode == Mode.SHARED) {
                writeShared();
            } else if (writes == null) {
                writeAlone(List.copyOf(changes.values()));
            } else {
                awaitWrites();
                List<FactChange> batch = List.copyOf(changes.values());
                for (FactChange change : batch) {
                    inFlight.computeIfAbsent(change.collection, c -> new HashMap<>()).put(change.id, change.current);
                }
                writing = writes.submit(() -> writeAlone(batch));
            }
        } finally {
            read.clear();
            changes.clear();
            likelyIds = List.of();
        }
    }

    /** Waits for the batch being written, if any; a failure to write it is thrown here. */
    void awaitWrites() {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("a batch could not be written", e.getCause());
        } finally {
            writing = null;
            inFlight.clear();
        }
    }

    private void writeAlone(List<FactChange> batch) {
        Map<String, List<WriteModel<Document>>> models = new LinkedHashMap<>();
        Map<String, TotalsMoves> moves = new LinkedHashMap<>();
        for (FactChange change : batch) {
            models.computeIfAbsent(change.collection, c -> new ArrayList<>()).add(change.initial == null
                    ? new InsertOneModel<>(change.current)
                    : new ReplaceOneModel<>(Filters.eq("_id", change.id), change.current, UPSERT));
            if (change.contribution != null) {
                Contribution delta = change.delta();
                if (!delta.isEmpty()) {
                    moves.computeIfAbsent(change.totals, t -> new TotalsMoves()).add(delta);
                }
            }
        }
        models.forEach((name, facts) -> collection(name).bulkWrite(facts, UNORDERED));
        moves.forEach((name, moved) -> TotalsJournal.writeAlone(collection(name), moved));
    }

    private void writeShared() {
        String token = UUID.randomUUID().toString();
        List<FactChange> oneByOne = new ArrayList<>();
        Map<String, List<FactChange>> byCollection = new LinkedHashMap<>();
        Map<FactChange, Contribution> deltas = new HashMap<>();
        for (FactChange change : changes.values()) {
            if (change.initial != null && change.initial.containsKey(FactDocuments.PENDING)) {
                // a change another writer (or a crash) left pending: the live store finishes it first
                oneByOne.add(change);
                continue;
            }
            Document next = new Document(change.current);
            long revision = FactDocuments.revision(next);
            next.put(WRITER, token);
            if (change.contribution != null) {
                Contribution delta = change.delta();
                if (!delta.isEmpty()) {
                    deltas.put(change, delta);
                    next.put(FactDocuments.PENDING, LiveStore.pending(revision, change.totals, delta));
                }
            }
            change.current = next;
            byCollection.computeIfAbsent(change.collection, c -> new ArrayList<>()).add(change);
        }
        List<FactChange> written = new ArrayList<>();
        byCollection.forEach((name, batch) -> written.addAll(writeFacts(name, batch, token, oneByOne)));

        Map<String, List<TotalsJournal.Change>> moved = new LinkedHashMap<>();
        for (FactChange change : written) {
            Contribution delta = deltas.get(change);
            if (delta != null) {
                moved.computeIfAbsent(change.totals, t -> new ArrayList<>()).add(new TotalsJournal.Change(change.id,
                        FactDocuments.revision(change.current), delta));
            }
        }
        moved.forEach((name, moves) -> new TotalsJournal(collection(name)).applyAll(moves));
        Map<String, List<WriteModel<Document>>> clears = new LinkedHashMap<>();
        for (FactChange change : written) {
            if (deltas.containsKey(change)) {
                clears.computeIfAbsent(change.collection, c -> new ArrayList<>()).add(new UpdateOneModel<>(
                        GuardIndexes.guard(collection(change.collection), change.id,
                                FactDocuments.PENDING + ".r", FactDocuments.revision(change.current)),
                        Updates.unset(FactDocuments.PENDING)));
            }
        }
        clears.forEach((name, models) -> collection(name).bulkWrite(models, UNORDERED));
        Set<String> keys = new LinkedHashSet<>();
        moved.forEach((name, moves) -> {
            new TotalsJournal(collection(name)).forgetAll(moves);
            moves.forEach(move -> keys.addAll(move.delta().keys()));
        });
        keys.forEach(key -> listener.changed(view, key));

        for (FactChange change : oneByOne) {
            Facts facts = live.facts(change.collection);
            if (change.contribution != null) {
                facts = facts.contributingTo(change.totals, change.contribution);
            }
            for (FactChange.Step step : change.steps) {
                facts.apply(change.id, step.stream(), step.sequence(), step.evolve());
            }
        }
    }

    /** Writes {@code batch} compare-and-set; answers those written, adding the others to {@code oneByOne}. */
    private List<FactChange> writeFacts(String name, List<FactChange> batch, String token, List<FactChange> oneByOne) {
        List<WriteModel<Document>> models = new ArrayList<>(batch.size());
        for (FactChange change : batch) {
            boolean created = change.initial == null;
            // a new fact is inserted (a concurrent writer's makes it a duplicate key), never upserted by a filter
            // that only a scan of the collection can answer on the local engine (GuardIndexes)
            models.add(created ? new InsertOneModel<>(change.current) : new ReplaceOneModel<>(
                    GuardIndexes.guard(collection(name), change.id, FactDocuments.REVISION,
                            change.initial.get(FactDocuments.REVISION)),
                    change.current, NO_UPSERT));
        }
        boolean all;
        try {
            BulkWriteResult result = collection(name).bulkWrite(models, UNORDERED);
            all = result.getMatchedCount() + result.getUpserts().size() + result.getInsertedCount()
                    == models.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            all = false;
        }
        if (all) {
            return batch;
        }
        Set<String> ours = new HashSet<>();
        for (Document fact : collection(name).find(Filters.in("_id", batch.stream().map(c -> c.id).toList()))
                .projection(Projections.include(WRITER))) {
            if (token.equals(fact.getString(WRITER))) {
                ours.add(fact.getString("_id"));
            }
        }
        List<FactChange> written = new ArrayList<>();
        for (FactChange change : batch) {
            (ours.contains(change.id) ? written : oneByOne).add(change);
        }
        return written;
    }

    private BloomFilter<CharSequence> writtenIn(String collection) {
        // sized for a few million facts at 1 % of false positives (about 3 MB); more only means more reads
        return written.computeIfAbsent(collection, c -> BloomFilter.create(
                Funnels.stringFunnel(StandardCharsets.UTF_8), 2_000_000, 0.01));
    }

    private final class BatchFacts implements Facts {
        private final String name;
        private final String totalsCollection;
        private final Function<Document, Contribution> contribution;

        BatchFacts(String name, String totalsCollection, Function<Document, Contribution> contribution) {
            this.name = name;
            this.totalsCollection = totalsCollection;
            this.contribution = contribution;
            collection(name);
        }

        @Override
        public Facts contributingTo(String totals, Function<Document, Contribution> contribution) {
            collection(totals);
            return new BatchFacts(name, totals, contribution);
        }

        @Override
        public Optional<Document> find(String id) {
            return Optional.ofNullable(current(id));
        }

        @Override
        public boolean apply(String id, String stream, long sequence, UnaryOperator<Document> evolve) {
            Document current = current(id);
            // a fact this batch changed already is its own copy: evolved in place; one as read is copied first
            boolean owned = changes.containsKey(name + "/" + id);
            Document next = FactDocuments.next(current, id, stream, sequence, evolve, !owned);
            if (next == null) {
                return false;
            }
            FactChange change = changes.computeIfAbsent(name + "/" + id, k -> new FactChange(name, id, current));
            if (mode == Mode.SINGLE_WRITER && change.steps.isEmpty()) {
                writtenIn(name).put(id);
            }
            change.current = next;
            change.steps.add(new FactChange.Step(stream, sequence, evolve));
            if (contribution != null) {
                if (change.totals != null && !change.totals.equals(totalsCollection)) {
                    throw new IllegalStateException("fact " + id + " contributes to two totals");
                }
                change.totals = totalsCollection;
                change.contribution = contribution;
            }
            return true;
        }

        private Document current(String id) {
            FactChange change = changes.get(name + "/" + id);
            if (change != null) {
                return change.current;
            }
            Document writing = inFlight.getOrDefault(name, Map.of()).get(id);
            if (writing != null) {
                return writing;
            }
            BloomFilter<CharSequence> mine = mode == Mode.SINGLE_WRITER ? writtenIn(name) : null;
            Map<String, Document> batch = read.get(name);
            if (batch == null) {
                batch = new HashMap<>();
                read.put(name, batch);
                List<String> toRead = mine == null ? List.copyOf(likelyIds)
                        : likelyIds.stream().filter(mine::mightContain).toList();
                if (!toRead.isEmpty()) {
                    for (String likely : toRead) {
                        batch.put(likely, null);
                    }
                    for (Document found : collection(name).find(Filters.in("_id", toRead))) {
                        batch.put(found.getString("_id"), found);
                    }
                }
            }
            if (!batch.containsKey(id)) {
                // a single writer's generation holds only what it wrote
                batch.put(id, mine != null && !mine.mightContain(id) ? null
                        : collection(name).find(Filters.eq("_id", id)).first());
            }
            return batch.get(id);
        }
    }
}
