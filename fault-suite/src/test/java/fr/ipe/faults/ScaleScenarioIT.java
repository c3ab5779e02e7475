package fr.ipe.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.local.bench.LiveBilanBenchmark;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.http.ApiClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite as a cluster: two instances of the gateway and of every service over the same engines. Under a steady load
 * through both gateways, one instance of each write service and one reporting instance are killed (SIGKILL); the
 * gateways send on to the instances left, and afterwards the event store, the topic and reporting's view agree, with
 * at least one stored event for every command answered 2xx. Live bilan streams held on each reporting instance (the
 * killed one's reconnecting to the other with its last event id) all end on the bilan's last state, and one user's
 * burst across both gateways meets one rate limit. The report goes to {@code target/scale-report.md}.
 */
class ScaleScenarioIT {

    private static final Logger log = LoggerFactory.getLogger(ScaleScenarioIT.class);
    private static final Path ROOT = Path.of(System.getProperty("ipe.root", "..")).toAbsolutePath().normalize();
    private static final Duration AGREEMENT = Duration.ofMinutes(5);
    private static final List<String> KILLED = List.of("convention-service-2", "mission-service-2",
            "action-service-2", "stage-bank-service-2", "reporting-service-2");

    private static final int VALIDATIONS = 60;
    private static final String BILAN = "/api/reports/bilans/2009?academie=lyon";
    private static final String LIVE_BILAN = "/api/reports/bilans/2009/live?academie=lyon";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    // the gateway's per-user limit as configured (application.yml: capacity 100, 50 a second)
    private static final int SUBJECT_CAPACITY = 100;
    private static final int SUBJECT_REFILL_PER_SECOND = 50;
    // tokens each gateway may take before it writes the shared bucket back (application.yml: shared-sync)
    private static final int UNSYNCED_TOKENS = 10;
    private static final int BURST = 600;
    private static final int BURST_CLIENTS = 16;

    static LocalStack stack;
    static final FaultReport report = new FaultReport();
    static final CachedTokens tokens = new CachedTokens(() -> stack.tokenUrl());

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(ROOT, Files.createTempDirectory("ipe-scale"), LocalPorts.free(), false, 2);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            String markdown = report.markdown().replace("# Fault suite report", "# Scale scenario report");
            log.info("\n{}", markdown);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "scale-report.md"), markdown);
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    void oneInstanceOfEachServiceKilledUnderLoadThroughTwoGatewaysLosesAndDoublesNothing() throws Exception {
        Supplier<String> national = tokens.of("national");
        ApiClient first = new ApiClient(stack.gatewayUrl(1));
        ApiClient second = new ApiClient(stack.gatewayUrl(2));
        Reconciliation reconciliation = new Reconciliation(stack.jdbcUrl("convention"), stack.databaseUser(),
                stack.databasePassword(), stack.kafkaBootstrapServers(), first, national);
        ConventionLoad throughFirst = new ConventionLoad(first, national, 1);
        ConventionLoad throughSecond = new ConventionLoad(second, national, 1);
        long storedBefore = reconciliation.take().eventsStored();

        List<String> actions = LiveBilanBenchmark.prepare(HTTP, stack.gatewayUrl(1),
                "Bearer " + tokens.of("ipe-lyon").get(), VALIDATIONS);
        long validatedBefore = bilanActions(first);
        LivePushWatch live = new LivePushWatch(LIVE_BILAN, tokens.of("rectorat-lyon"));
        live.open("stream on reporting-service", stack.serviceUrl("reporting-service"));
        live.open("stream on reporting-service-2", stack.serviceUrl("reporting-service-2"));
        Validations validations = new Validations(actions, tokens.of("rectorat-lyon"));

        throughFirst.start();
        throughSecond.start();
        validations.start();
        Thread.sleep(4_000);
        for (String instance : KILLED) {
            stack.killService(instance);
        }
        long killedAt = System.nanoTime();
        // the browser of the killed instance's subscriber reconnects through what is left, from its last event
        live.moveTo("stream on reporting-service-2", stack.serviceUrl("reporting-service"));
        Thread.sleep(6_000);
        ConventionLoad.Counts one = throughFirst.stop();
        ConventionLoad.Counts two = throughSecond.stop();
        int validated = validations.finish();
        ConventionLoad.Counts counts = new ConventionLoad.Counts(one.sent() + two.sent(),
                one.accepted() + two.accepted());

        Reconciliation.Snapshot after = reconciliation.awaitAgreement(AGREEMENT);
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        long storedDuring = after.eventsStored() - storedBefore;
        report.add(new FaultReport.Row("one instance of each service killed (" + String.join(", ", KILLED)
                + ") under load through two gateways", counts, storedDuring, after, seconds,
                "gateway 1: " + one.sent() + " sent, " + one.accepted() + " accepted; gateway 2: " + two.sent()
                        + " sent, " + two.accepted() + " accepted"));
        log.info("{} commands sent, {} accepted; {} events stored meanwhile; store {}, topic {} ids, view {} applied; "
                        + "agreed {} s after the kills: {}", counts.sent(), counts.accepted(), storedDuring,
                after.eventsStored(), after.eventsPublished(), after.eventsApplied(),
                String.format(Locale.ROOT, "%.1f", seconds), after.differences());
        assertThat(after.differences()).isEmpty();
        assertThat(one.accepted()).as("commands through the first gateway answered 2xx").isPositive();
        assertThat(two.accepted()).as("commands through the second gateway answered 2xx").isPositive();
        assertThat(storedDuring).as("every command answered 2xx stored (one event at least each)")
                .isGreaterThanOrEqualTo(counts.accepted());

        long inView = awaitBilanActions(first, validatedBefore + validated);
        boolean everyStreamCaughtUp = live.awaitAll(inView, Duration.ofMinutes(1));
        live.streams().forEach(stream -> report.note(String.format(Locale.ROOT,
                "%s (last on %s): %d pushes, the last counting %d validated actions; the view counts %d (%d validated "
                        + "before, %d validations answered 200 during the scenario)", stream.name, stream.listensTo,
                stream.pushes, stream.lastCount, inView, validatedBefore, validated)));
        live.close();
        assertThat(inView).as("every validation answered 200 is in the bilan").isGreaterThanOrEqualTo(
                validatedBefore + validated);
        assertThat(everyStreamCaughtUp).as("every live stream, on either instance, received the bilan's last state")
                .isTrue();
    }

    @Test
    void oneUsersBurstThroughTwoGatewaysMeetsOneLimit() throws Exception {
        Supplier<String> association = tokens.of("association");
        List<ApiClient> gateways = List.of(new ApiClient(stack.gatewayUrl(1)), new ApiClient(stack.gatewayUrl(2)));
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(BURST_CLIENTS);
        long began = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            ApiClient gateway = gateways.get(i % 2);
            sent.add(clients.submit(() -> (gateway.get("/api/conventions?limit=1", association.get()).status() == 429
                    ? limited : admitted).incrementAndGet()));
        }
        for (Future<?> request : sent) {
            request.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        // one bucket: its capacity, what it refilled meanwhile, the requests already past the check when it emptied,
        // and what each gateway took since it last wrote the bucket back
        long oneLimit = SUBJECT_CAPACITY + Math.round(SUBJECT_REFILL_PER_SECOND * seconds) + BURST_CLIENTS
                + 2 * UNSYNCED_TOKENS;
        report.note(String.format(Locale.ROOT, "one user's %d requests alternating between two gateways in %.1f s: "
                + "%d admitted, %d refused 429; one limit admits at most %d in that time, two limits would admit up "
                + "to %d", BURST, seconds, admitted.get(), limited.get(), oneLimit, 2 * oneLimit));
        assertThat(admitted.get()).as("admitted across both gateways").isLessThanOrEqualTo((int) oneLimit);
        assertThat(limited.get()).as("refused 429").isPositive();
    }

    /** Validations of Lyon's actions by its rectorat, one every 150 ms, through each gateway in turn. */
    private static final class Validations {
        private final List<String> actions;
        private final Supplier<String> rectorat;
        private final AtomicInteger answered200 = new AtomicInteger();
        private final Thread thread;

        Validations(List<String> actions, Supplier<String> rectorat) {
            this.actions = actions;
            this.rectorat = rectorat;
            this.thread = new Thread(this::run, "scale-validations");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        int finish() throws InterruptedException {
            thread.join(Duration.ofMinutes(2).toMillis());
            return answered200.get();
        }

        private void run() {
            for (int i = 0; i < actions.size(); i++) {
                try {
                    var answer = LiveBilanBenchmark.send(HTTP, stack.gatewayUrl(1 + i % 2) + "/api/actions/"
                            + actions.get(i) + "/validation", "Bearer " + rectorat.get(),
                            "{\"validatedOn\": \"2009-06-30\"}");
                    if (answer.statusCode() == 200) {
                        answered200.incrementAndGet();
                    }
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception refused) {
                    // a validation in flight to a killed instance: not counted, the view may or may not have it
                }
            }
        }
    }

    private static long bilanActions(ApiClient gateway) {
        var bilan = gateway.get(BILAN, tokens.of("rectorat-lyon").get());
        assertThat(bilan.status()).as("the bilan of Lyon, 2009").isEqualTo(200);
        return bilan.body().get("actions").asLong();
    }

    /** The bilan's count once it reached {@code atLeast} (or after two minutes, what it holds then). */
    private static long awaitBilanActions(ApiClient gateway, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long count = bilanActions(gateway);
        while (count < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(250);
            count = bilanActions(gateway);
        }
        // a validation whose answer was lost may still count: wait until the count stops moving
        Thread.sleep(2_000);
        return bilanActions(gateway);
    }
}
