package fr.ipe.faults;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.testkit.http.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * at least one stored event for every command answered 2xx. The report goes to {@code target/scale-report.md}.
 */
class ScaleScenarioIT {

    private static final Logger log = LoggerFactory.getLogger(ScaleScenarioIT.class);
    private static final Path ROOT = Path.of(System.getProperty("ipe.root", "..")).toAbsolutePath().normalize();
    private static final Duration AGREEMENT = Duration.ofMinutes(5);
    private static final List<String> KILLED = List.of("convention-service-2", "mission-service-2",
            "action-service-2", "stage-bank-service-2", "reporting-service-2");

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

        throughFirst.start();
        throughSecond.start();
        Thread.sleep(4_000);
        for (String instance : KILLED) {
            stack.killService(instance);
        }
        long killedAt = System.nanoTime();
        Thread.sleep(6_000);
        ConventionLoad.Counts one = throughFirst.stop();
        ConventionLoad.Counts two = throughSecond.stop();
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
    }
}
