package fr.ipe.platform.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.ipe.platform.kafka.ReceivedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stores' promise: the live store (concurrent writers, exactly-once totals) and a rebuild's batch store (a single
 * writer, in bulk) give the same facts and the same totals for the same events, whatever the duplicates, and the live
 * totals survive a crash between a fact's write and its totals'.
 */
class ViewStoresIT {

    static final String VIEW = "scores";
    static final String FACTS = "score_facts";
    static final String TOTALS = "score_totals";

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private ViewEngine engine;
    private final Map<String, Set<String>> changed = new ConcurrentHashMap<>();

    /** A fact per player: its last score (a correction replaces it) in a team; the totals count per team and all. */
    static final class Scores implements ViewProjection {
        @Override
        public String view() {
            return VIEW;
        }

        @Override
        public Set<String> collections() {
            return Set.of(FACTS, TOTALS);
        }

        /** The scores the test's events carry, by event id (a real projection reads the event's payload). */
        static final Map<String, Score> SCORES = new ConcurrentHashMap<>();

        @Override
        public boolean project(ReceivedEvent event, ViewStore store) {
            Score score = SCORES.get(event.id());
            return store.facts(FACTS).contributingTo(TOTALS, Scores::contribution)
                    .apply(score.player(), score.sequence(), score::apply);
        }

        static Contribution contribution(Document fact) {
            if (fact.getString("team") == null || fact.getBoolean("removed", false)) {
                return Contribution.none();
            }
            Contribution.Builder builder = Contribution.builder();
            for (String key : List.of("all", fact.getString("team"))) {
                builder.add(key, "players", 1).add(key, "points", fact.getInteger("points"))
                        .member(key, "team", fact.getString("team"))
                        .distinct(key, "player", fact.getString("_id"))
                        .distinct(key, "score", Integer.toString(fact.getInteger("points") % 7));
            }
            return builder.build();
        }
    }

    /** One event of a player's stream: its score (or its removal). */
    record Score(String player, long sequence, String team, int points, boolean removed) {
        Document apply(Document fact) {
            return fact.append("team", team).append("points", points).append("removed", removed);
        }
    }

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
                + server.getLocalAddress().getPort());
        database = client.getDatabase("views");
        engine = new ViewEngine(database, List.of(new Scores()));
        engine.listen((view, key) -> changed.computeIfAbsent(view, v -> ConcurrentHashMap.newKeySet()).add(key));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aCorrectionReplacesARemovalRemovesAndADuplicateIsANoOp() {
        Facts facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        assertThat(apply(facts, new Score("ann", 0, "red", 10, false))).isTrue();
        assertThat(apply(facts, new Score("bob", 0, "red", 5, false))).isTrue();
        assertThat(apply(facts, new Score("ann", 0, "red", 10, false))).as("duplicate").isFalse();
        assertThat(apply(facts, new Score("ann", 1, "blue", 7, false))).as("correction moves ann").isTrue();
        assertThat(apply(facts, new Score("bob", 1, "red", 5, true))).as("removal").isTrue();

        Totals all = engine.current(VIEW).totals(TOTALS).read("all");
        assertThat(all.counter("players")).isEqualTo(1);
        assertThat(all.counter("points")).isEqualTo(7);
        assertThat(all.members("team")).containsOnlyKeys("blue");
        assertThat(all.distinct("player")).isEqualTo(1);
        assertThat(all.version()).as("four changes moved it").isEqualTo(4);
        Totals red = engine.current(VIEW).totals(TOTALS).read("red");
        assertThat(red.counter("players")).isZero();
        assertThat(red.distinct("team")).isZero();
        assertThat(changed.get(VIEW)).containsExactlyInAnyOrder("all", "red", "blue");
    }

    @Test
    void concurrentWritersDeliveringEverythingTwiceCountEachChangeOnce() throws Exception {
        List<Score> history = history(new Random(7), 40, 6);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            // every writer delivers every player's stream in order, as consumers replaying one partition would
            done.add(writers.submit(() -> {
                Facts facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
                history.forEach(score -> apply(facts, score));
            }));
        }
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertTotalsEqualTheFinalFacts(engine.current(VIEW), history);
    }

    @Test
    void liveBatchesOfSeveralWritersAtOnceCountEachChangeOnce() throws Exception {
        List<Score> history = history(new Random(13), 50, 6);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            Random random = new Random(writer);
            done.add(writers.submit(() -> {
                int from = 0;
                while (from < history.size()) {
                    int to = Math.min(history.size(), from + 1 + random.nextInt(40));
                    engine.projectAll(history.subList(from, to).stream().map(ViewStoresIT::event).toList());
                    from = to;
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertTotalsEqualTheFinalFacts(engine.current(VIEW), history);
        assertThat(engine.current(VIEW).collection(FACTS).countDocuments(Filters.exists(FactDocuments.PENDING)))
                .as("no change left pending").isZero();
        assertThat(engine.current(VIEW).collection(TOTALS).find().into(new ArrayList<>()))
                .as("no note left in the totals")
                .allSatisfy(doc -> assertThat(doc.get(TotalsJournal.APPLIED, new Document())).isEmpty());
    }

    @Test
    void aRebuildsBatchGivesTheSameFactsAndTotalsAsTheLiveStream() {
        Random random = new Random(11);
        List<Score> history = history(random, 60, 8);
        Facts live = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        history.forEach(score -> apply(live, score));

        GenerationWriter writer = engine.writer(Map.of(VIEW, 1));
        List<Score> withDuplicates = new ArrayList<>();
        history.forEach(score -> {
            withDuplicates.add(score);
            if (random.nextInt(4) == 0) {
                withDuplicates.add(score);
            }
        });
        int from = 0;
        while (from < withDuplicates.size()) {
            int to = Math.min(withDuplicates.size(), from + 1 + random.nextInt(30));
            List<Score> batch = withDuplicates.subList(from, to);
            writer.begin(batch.stream().map(Score::player).toList());
            batch.forEach(score -> writer.apply(event(score)));
            writer.flush();
            from = to;
        }
        writer.finish();
        writer.close();
        ViewStore rebuilt = engine.generation(VIEW, 1);
        ViewStore current = engine.current(VIEW);
        for (String key : keys(history)) {
            assertThat(rebuilt.totals(TOTALS).read(key).sameCountsAs(current.totals(TOTALS).read(key)))
                    .as("totals of %s", key).isTrue();
        }
        assertThat(rebuilt.collection(FACTS).countDocuments()).isEqualTo(current.collection(FACTS).countDocuments());
    }

    @Test
    void aChangeACrashLeftPendingReachesTheTotalsOnceAtStartUp() {
        Facts facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        apply(facts, new Score("ann", 0, "red", 10, false));
        // what a crash between the fact's write and its totals' leaves: the fact at revision 2 with its change pending
        Document fact = engine.current(VIEW).collection(FACTS).find(Filters.eq("_id", "ann")).first();
        fact.append("points", 12).append(Facts.SEQUENCE, 1L);
        fact.put(FactDocuments.REVISION, 2L);
        fact.put(FactDocuments.PENDING, new Document("r", 2L).append("t", TOTALS).append("d", List.of(
                new Document("k", "all").append("n", "points").append("a", 2L),
                new Document("k", "red").append("n", "points").append("a", 2L))));
        engine.current(VIEW).collection(FACTS).replaceOne(Filters.eq("_id", "ann"), fact);

        engine.start();
        engine.start();
        assertThat(engine.current(VIEW).totals(TOTALS).read("red").counter("points")).isEqualTo(12);
        assertThat(engine.current(VIEW).collection(FACTS).find(Filters.eq("_id", "ann")).first())
                .doesNotContainKey(FactDocuments.PENDING);
        // the next event of the fact builds on it
        apply(facts, new Score("ann", 2, "red", 3, false));
        assertThat(engine.current(VIEW).totals(TOTALS).read("all").counter("points")).isEqualTo(3);
    }

    @Test
    void totalsWrittenBeforeDocumentsHadARevisionMoveOn() {
        Facts facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        apply(facts, new Score("ann", 0, "red", 10, false));
        // what the store wrote before its documents carried a revision
        engine.current(VIEW).collection(TOTALS).updateMany(new Document(), new Document("$unset",
                new Document(TotalsJournal.REVISION, "")));

        apply(facts, new Score("bob", 0, "red", 5, false));
        apply(facts, new Score("ann", 1, "blue", 7, false));

        Totals all = engine.current(VIEW).totals(TOTALS).read("all");
        assertThat(all.counter("points")).isEqualTo(12);
        assertThat(all.distinct("player")).isEqualTo(2);
        assertThat(all.version()).isEqualTo(3);
        assertThat(engine.current(VIEW).totals(TOTALS).read("red").members("team")).containsEntry("red", 1L);
    }

    @Test
    void aKeyWrittenAgainFromNothingIsReadAfreshAtTheSameVersion() {
        Facts facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        apply(facts, new Score("ann", 0, "red", 10, false));
        apply(facts, new Score("bob", 0, "red", 5, false));
        Totals before = engine.current(VIEW).totals(TOTALS).read("all");
        assertThat(before.distinct("player")).isEqualTo(2);
        assertThat(before.distinct("player")).as("read again, unchanged")
                .isEqualTo(engine.current(VIEW).totals(TOTALS).read("all").distinct("player"));

        // the view's collections dropped and written again (a reset): the same key at the same version, other figures
        engine.current(VIEW).collection(TOTALS).drop();
        engine.current(VIEW).collection(FACTS).drop();
        facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        apply(facts, new Score("ann", 0, "red", 10, false));
        apply(facts, new Score("ann", 1, "red", 11, false));

        Totals after = engine.current(VIEW).totals(TOTALS).read("all");
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.distinct("player")).isEqualTo(1);
        assertThat(after.distinct("score")).isEqualTo(1);
    }

    @Test
    void aKeysDistinctCountsFollowEveryChangeOfItsVersion() {
        Facts facts = engine.current(VIEW).facts(FACTS).contributingTo(TOTALS, Scores::contribution);
        for (int p = 0; p < 40; p++) {
            apply(facts, new Score("player-" + p, 0, "red", p, false));
            Totals all = engine.current(VIEW).totals(TOTALS).read("all");
            assertThat(all.distinct("player")).isEqualTo(p + 1);
            assertThat(all.distinct("score")).isEqualTo(Math.min(p + 1, 7));
        }
        apply(facts, new Score("player-3", 1, "red", 3, true));
        assertThat(engine.current(VIEW).totals(TOTALS).read("all").distinct("player")).isEqualTo(39);
    }

    private void assertTotalsEqualTheFinalFacts(ViewStore store, List<Score> history) {
        Map<String, Score> last = new HashMap<>();
        history.forEach(score -> last.merge(score.player(), score, (a, b) -> b.sequence() > a.sequence() ? b : a));
        List<Contribution> contributions = last.values().stream()
                .map(score -> Scores.contribution(score.apply(new Document("_id", score.player())))).toList();
        for (String key : keys(history)) {
            assertThat(store.totals(TOTALS).read(key).sameCountsAs(Totals.of(key, contributions)))
                    .as("totals of %s", key).isTrue();
        }
    }

    private static Set<String> keys(List<Score> history) {
        Set<String> keys = new java.util.TreeSet<>(List.of("all"));
        history.forEach(score -> keys.add(score.team()));
        return keys;
    }

    /** Each player's events in sequence order, players interleaved. */
    private static List<Score> history(Random random, int players, int eventsEach) {
        List<List<Score>> streams = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            List<Score> stream = new ArrayList<>();
            for (int s = 0; s < 1 + random.nextInt(eventsEach); s++) {
                stream.add(new Score("player-" + p, s, "team-" + random.nextInt(3), random.nextInt(100),
                        random.nextInt(6) == 0));
            }
            streams.add(stream);
        }
        List<Score> interleaved = new ArrayList<>();
        int[] next = new int[players];
        List<Integer> open = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            open.add(p);
        }
        while (!open.isEmpty()) {
            Collections.shuffle(open, random);
            int p = open.get(0);
            interleaved.add(streams.get(p).get(next[p]++));
            if (next[p] == streams.get(p).size()) {
                open.remove(0);
            }
        }
        return interleaved;
    }

    private static boolean apply(Facts facts, Score score) {
        return facts.apply(score.player(), score.sequence(), score::apply);
    }

    private static ReceivedEvent event(Score score) {
        Scores.SCORES.put(score.player() + "-" + score.sequence(), score);
        return new ReceivedEvent(score.player() + "-" + score.sequence(), "score", "test", score.player(), null,
                score.sequence(), null, null, "scores", 0, 0);
    }
}
