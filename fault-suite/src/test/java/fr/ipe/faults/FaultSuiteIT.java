package fr.ipe.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.http.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults of the real engines and processes while a load of commands runs through the gateway; after each, the
 * conventions of the event store, of the topic and of reporting's view are compared: nothing lost, nothing counted
 * twice. The report goes to {@code fault-suite/target/fault-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Logger log = LoggerFactory.getLogger(FaultSuiteIT.class);
    private static final Path ROOT = Path.of(System.getProperty("ipe.root", "..")).toAbsolutePath().normalize();
    private static final Duration AGREEMENT = Duration.ofMinutes(5);
    private static final int WORKERS = 2;
    private static final int REPUBLISHED_PER_REQUEST = 1_000;

    static LocalStack stack;
    static ApiClient gateway;
    static ConventionLoad load;
    static Reconciliation reconciliation;
    static final FaultReport report = new FaultReport();
    static final CachedTokens tokens = new CachedTokens(() -> stack.tokenUrl());

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(ROOT, Files.createTempDirectory("ipe-fault-suite"), LocalPorts.free(), false);
        gateway = new ApiClient(stack.gatewayUrl());
        load = new ConventionLoad(gateway, token("national"), WORKERS);
        reconciliation = new Reconciliation(stack.jdbcUrl("convention"), stack.databaseUser(),
                stack.databasePassword(), stack.kafkaBootstrapServers(), gateway, token("national"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            String markdown = report.markdown();
            log.info("\n{}", markdown);
            report.write(Path.of(System.getProperty("ipe.fault-report", "target/fault-report.md")));
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void theBrokerStoppedAndRestartedThreeTimesLosesAndDoublesNothing() throws Exception {
        long storedBefore = reconciliation.take().eventsStored();
        load.start();
        long restartedAt = 0;
        for (int i = 0; i < 3; i++) {
            Thread.sleep(4_000);
            stack.stopBroker();
            Thread.sleep(5_000);
            stack.startBroker();
            restartedAt = System.nanoTime();
        }
        Thread.sleep(2_000);
        ConventionLoad.Counts counts = load.stop();
        record("Kafka broker stopped and restarted 3 times", counts, storedBefore, restartedAt,
                "catch-up time measured from the third restart");
    }

    @Test
    @Order(2)
    void reportingKilledAndRestartedThreeTimesMidStreamLosesAndDoublesNothing() throws Exception {
        long storedBefore = reconciliation.take().eventsStored();
        load.start();
        long restartedAt = 0;
        for (int i = 0; i < 3; i++) {
            Thread.sleep(4_000);
            stack.killService("reporting-service");
            Thread.sleep(2_000);
            stack.restartService("reporting-service");
            restartedAt = System.nanoTime();
        }
        Thread.sleep(2_000);
        ConventionLoad.Counts counts = load.stop();
        record("reporting-service killed (SIGKILL) and restarted 3 times", counts, storedBefore, restartedAt,
                "catch-up time measured from the third restart");
    }

    @Test
    @Order(3)
    void aWriteServiceKilledBetweenItsCommitAndItsPublicationPublishesAfterItsRestart() throws Exception {
        Reconciliation.Snapshot before = reconciliation.take();
        stack.stopBroker();
        ConventionLoad.Counts counts = load.run(10);
        long stored = countStored();
        assertThat(stored).as("commands commit while the broker is down").isGreaterThan(before.eventsStored());
        stack.killService("convention-service");
        stack.startBroker();
        stack.restartService("convention-service");
        long restartedAt = System.nanoTime();
        record("convention-service killed between its commits and their publication", counts,
                before.eventsStored(), restartedAt, (stored - before.eventsStored())
                        + " events committed while the broker was down, then the service killed");
    }

    @Test
    @Order(4)
    void everyEventDeliveredTwiceCountsOnce() throws Exception {
        Reconciliation.Snapshot before = reconciliation.take();
        // ops re-publish by ranges of a thousand events, each request well within the gateway's time-out
        int requests = 0;
        for (long from = 1; from <= before.eventsStored(); from += REPUBLISHED_PER_REQUEST) {
            ApiClient.Response republished = gateway.post("/api/conventions/operations/republications",
                    token("ops").get(), Map.of("fromGlobalIndex", from,
                            "toGlobalIndex", from + REPUBLISHED_PER_REQUEST - 1));
            assertThat(republished.status()).as(republished.text()).isEqualTo(200);
            requests++;
        }
        long startedAt = System.nanoTime();
        long deadline = System.nanoTime() + AGREEMENT.toNanos();
        Reconciliation.Snapshot after = reconciliation.take();
        while (after.recordsOnTopic() < before.recordsOnTopic() + before.eventsStored()
                && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            after = reconciliation.take();
        }
        assertThat(after.recordsOnTopic()).as("every stored event published once more")
                .isGreaterThanOrEqualTo(before.recordsOnTopic() + before.eventsStored());
        record("every event delivered twice (the whole store re-published)", new ConventionLoad.Counts(requests, requests),
                before.eventsStored(), startedAt, (after.recordsOnTopic() - before.recordsOnTopic())
                        + " records re-published with their CloudEvents ids, by " + requests
                        + " re-publication requests (the commands of this row)");
    }

    @Test
    @Order(5)
    void aFullRebuildUnderLoadKeepsEveryQueryAnsweringAndSwitchesToAnEqualGeneration() throws Exception {
        long storedBefore = reconciliation.take().eventsStored();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean querying = new AtomicBoolean(true);
        // a reader of its own, at a pace under one user's limit (50/s): the rebuild, not the rate limit, is under test
        // (sharing the load's user, a faster gateway answered some queries 429)
        Thread queries = new Thread(() -> {
            while (querying.get()) {
                ApiClient.Response page = gateway.get("/api/reports/conventions?limit=50", token("association").get());
                int items = page.status() == 200 ? page.body().get("items").size() : 0;
                answers.merge(page.status() == 200 && items == 50 ? "200 with a full page" : page.status()
                        + " with " + items + " items", 1, Integer::sum);
                LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
            }
        });
        load.start();
        queries.start();
        ApiClient.Response started = gateway.post("/api/reports/operations/rebuilds", token("ops").get(),
                Map.of("views", List.of()));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = started.body().get("id").asText();
        long deadline = System.nanoTime() + AGREEMENT.toNanos();
        JsonNode progress = started.body();
        while (!List.of("DONE", "FAILED", "CANCELLED").contains(progress.get("state").asText())
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            progress = gateway.get("/api/reports/operations/rebuilds/" + id, token("ops").get()).body();
        }
        long switchedAt = System.nanoTime();
        Thread.sleep(2_000);
        ConventionLoad.Counts counts = load.stop();
        querying.set(false);
        queries.join();
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        assertThat(answers).as("every query during the rebuild").containsOnlyKeys("200 with a full page");
        record("full rebuild of every view under load", counts, storedBefore, switchedAt,
                progress.get("eventsRead").asLong() + " events read at " + progress.get("eventsPerSecond").asDouble()
                        + " events/s; queries during it: " + answers);
    }

    private static void record(String fault, ConventionLoad.Counts counts, long storedBefore, long faultEndedAt,
                               String note) throws InterruptedException {
        Reconciliation.Snapshot after = reconciliation.awaitAgreement(AGREEMENT);
        double seconds = (System.nanoTime() - faultEndedAt) / 1e9;
        report.add(new FaultReport.Row(fault, counts, after.eventsStored() - storedBefore, after, seconds, note));
        log.info("{}: {} commands sent, {} accepted; store {} events, topic {} ids ({} records), view {} applied; "
                        + "agreed {} s after the fault: {}", fault, counts.sent(), counts.accepted(),
                after.eventsStored(), after.eventsPublished(), after.recordsOnTopic(), after.eventsApplied(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds), after.differences());
        assertThat(after.differences()).as(fault).isEmpty();
    }

    private static long countStored() {
        return reconciliation.eventsStored();
    }

    /** Whatever a fault left stopped is started again, so that one failure does not fail the faults after it. */
    @AfterEach
    void bringEverythingBack() throws Exception {
        stack.startBroker();
        for (String service : List.of("convention-service", "reporting-service")) {
            if (!stack.isRunning(service)) {
                stack.restartService(service);
            }
        }
    }

    /** A user's bearer token, fetched again after a minute (tokens of the realm live five). */
    static Supplier<String> token(String user) {
        return tokens.of(user);
    }
}
