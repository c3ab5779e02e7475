package fr.ipe.platform.views;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * A view's current generation as the live stream writes it: any number of consumers (threads, instances) may write a
 * fact at once, so each write is compare-and-set on the fact's revision, and totals move through the
 * {@link TotalsJournal}, exactly once. Each view key whose totals moved is told to {@code listener} (live pushes).
 */
final class LiveStore implements ViewStore {

    private static final int MAX_ATTEMPTS = 50;
    /**
     * How long another writer's pending change is left to it before this one finishes it: its writer is normally about
     * to; past this it is taken as dead (crashed between its fact's write and its totals').
     */
    static final long PENDING_GRACE_MILLIS = 10_000;

    private final String view;
    private final int generation;
    private final Set<String> collections;
    private final MongoDatabase database;
    private final ViewChangeListener listener;
    private final DistinctCounts distinctCounts;

    LiveStore(String view, int generation, Set<String> collections, MongoDatabase database,
              ViewChangeListener listener, DistinctCounts distinctCounts) {
        this.view = view;
        this.generation = generation;
        this.collections = Set.copyOf(collections);
        this.database = database;
        this.listener = listener;
        this.distinctCounts = distinctCounts;
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
        return new LiveFacts(collection(name), null, null);
    }

    @Override
    public TotalsReader totals(String name) {
        return new TotalsReader(collection(name), distinctCounts);
    }

    /** Carries to the totals every change a crash left pending in the facts of this view; answers how many. */
    int finishPending() {
        int finished = 0;
        for (String name : collections) {
            MongoCollection<Document> facts = collection(name);
            LiveFacts writer = new LiveFacts(facts, null, null);
            for (Document fact : facts.find(Filters.exists(FactDocuments.PENDING)).into(new ArrayList<>())) {
                Document current = fact;
                while (current != null && current.containsKey(FactDocuments.PENDING)
                        && !writer.finishIfAbandoned(current)) {
                    LiveFacts.pause(200);
                    current = facts.find(Filters.eq("_id", fact.get("_id"))).first();
                }
                finished++;
            }
        }
        return finished;
    }

    /** Forgets the totals journal's old notes in every collection of this view. */
    int pruneJournals(java.time.Instant now) {
        int pruned = 0;
        for (String name : collections) {
            pruned += new TotalsJournal(collection(name)).prune(now);
        }
        return pruned;
    }

    /** What a fact holds while its change is on its way to the totals: the revision, the totals, the moves. */
    static Document pending(long revision, String totalsCollection, Contribution delta) {
        List<Document> moves = new ArrayList<>();
        for (String key : delta.keys()) {
            delta.of(key).forEach((name, amount) -> moves.add(new Document("k", key).append("n", name)
                    .append("a", amount)));
        }
        return new Document("r", revision).append("t", totalsCollection).append("at", new java.util.Date())
                .append("d", moves);
    }

    private final class LiveFacts implements Facts {
        private final MongoCollection<Document> facts;
        private final String totalsCollection;
        private final Function<Document, Contribution> contribution;

        LiveFacts(MongoCollection<Document> facts, String totalsCollection,
                  Function<Document, Contribution> contribution) {
            this.facts = facts;
            this.totalsCollection = totalsCollection;
            this.contribution = contribution;
        }

        @Override
        public Facts contributingTo(String totals, Function<Document, Contribution> contribution) {
            collection(totals);
            return new LiveFacts(facts, totals, contribution);
        }

        @Override
        public Optional<Document> find(String id) {
            return Optional.ofNullable(facts.find(Filters.eq("_id", id)).first());
        }

        @Override
        public boolean apply(String id, String stream, long sequence, UnaryOperator<Document> evolve) {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Document current = facts.find(Filters.eq("_id", id)).first();
                if (current != null && current.containsKey(FactDocuments.PENDING)) {
                    if (!finishIfAbandoned(current)) {
                        pause(20);
                    }
                    attempt--;
                    continue;
                }
                Document next = FactDocuments.next(current, id, stream, sequence, evolve);
                if (next == null) {
                    return false;
                }
                Contribution delta = FactDocuments.contributionOf(next, contribution)
                        .minus(FactDocuments.contributionOf(current, contribution));
                long revision = FactDocuments.revision(next);
                if (!delta.isEmpty()) {
                    next.put(FactDocuments.PENDING, LiveStore.pending(revision, totalsCollection, delta));
                }
                if (!write(current, next)) {
                    continue;
                }
                if (!delta.isEmpty()) {
                    carry(id, revision, totalsCollection, delta);
                }
                return true;
            }
            throw new IllegalStateException("fact " + id + " kept changing under event " + sequence + " of " + stream);
        }

        private boolean write(Document current, Document next) {
            if (current == null) {
                try {
                    facts.insertOne(next);
                    return true;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    return false;
                }
            }
            return facts.replaceOne(GuardIndexes.guard(facts, next.get("_id"), FactDocuments.REVISION,
                    current.get(FactDocuments.REVISION)), next)
                    .getMatchedCount() == 1;
        }

        /**
         * Finishes the change {@code fact} holds pending if its writer is taken as dead (a crash between its two
         * writes); answers false, leaving it to its writer, while it is younger than {@link #PENDING_GRACE_MILLIS}.
         */
        boolean finishIfAbandoned(Document fact) {
            Document pending = fact.get(FactDocuments.PENDING, Document.class);
            java.util.Date at = pending.getDate("at");
            if (at != null && System.currentTimeMillis() - at.getTime() < PENDING_GRACE_MILLIS) {
                return false;
            }
            carry(fact.getString("_id"), pending.get("r", Number.class).longValue(), pending.getString("t"),
                    delta(pending));
            return true;
        }

        private void carry(String id, long revision, String totals, Contribution delta) {
            TotalsJournal journal = new TotalsJournal(collection(totals));
            journal.apply(id, revision, delta);
            facts.updateOne(GuardIndexes.guard(facts, id, FactDocuments.PENDING + ".r", revision),
                    Updates.unset(FactDocuments.PENDING));
            journal.forget(id, revision, delta);
            delta.keys().forEach(key -> listener.changed(view, key));
        }

        static void pause(long millis) {
            try {
                Thread.sleep(Math.max(1, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a fact's change was pending", e);
            }
        }

        private Contribution delta(Document pending) {
            Contribution.Builder delta = Contribution.builder();
            for (Document move : pending.getList("d", Document.class)) {
                delta.add(move.getString("k"), move.getString("n"), move.get("a", Number.class).longValue());
            }
            return delta.build();
        }
    }
}
