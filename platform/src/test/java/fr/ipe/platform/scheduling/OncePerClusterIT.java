package fr.ipe.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of a service, each with its own connection to the one database and its own lock provider (as two
 * processes have), schedule the same sweep: it runs once per period, on real PostgreSQL with the platform's migrations,
 * and on the MongoDB protocol for reporting.
 */
class OncePerClusterIT {

    private static final Duration EVERY = Duration.ofMinutes(5);

    private static EmbeddedPostgres postgres;
    private static MongoServer mongo;
    private static MongoClient mongoClient;

    @BeforeAll
    static void engines() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(instanceConnection()).locations("classpath:db/platform").load().migrate();
        mongo = new MongoServer(H2Backend.inMemory());
        mongo.bind("127.0.0.1", 0);
        mongoClient = MongoClients.create("mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        mongoClient.close();
        mongo.shutdownNow();
        postgres.close();
    }

    /** A connection of its own, as each instance has. */
    private static DataSource instanceConnection() {
        return new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "postgres"));
    }

    private static LockProvider overPostgres() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(instanceConnection())).usingDbTime().build());
    }

    private static LockProvider overMongo() {
        return new MongoLockProvider(mongoClient.getDatabase("reporting"));
    }

    @Test
    void twoInstancesOverPostgresSweepOncePerPeriod() throws Exception {
        assertSweepsOnce(OncePerClusterIT::overPostgres, "deadline-sweep");
    }

    @Test
    void twoInstancesOverMongoSweepOncePerPeriod() throws Exception {
        assertSweepsOnce(OncePerClusterIT::overMongo, "view-maintenance");
    }

    @Test
    void aLockHeldForNoPeriodLetsTheNextRunGoAhead() {
        OncePerCluster first = new OncePerCluster(overPostgres());
        OncePerCluster second = new OncePerCluster(overPostgres());
        AtomicInteger runs = new AtomicInteger();

        assertThat(first.run("unperiodic", Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(second.run("unperiodic", Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    private static void assertSweepsOnce(Supplier<LockProvider> instance, String sweep) throws Exception {
        OncePerCluster first = new OncePerCluster(instance.get());
        OncePerCluster second = new OncePerCluster(instance.get());
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Void> sweeping = new CompletableFuture<>();
        CountDownLatch finish = new CountDownLatch(1);

        CompletableFuture<Boolean> firstSweep = CompletableFuture.supplyAsync(() -> first.run(sweep, EVERY, () -> {
            runs.incrementAndGet();
            sweeping.complete(null);
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        // the first instance sweeps, or failed to: either way the test goes on (and fails in the latter case)
        CompletableFuture.anyOf(sweeping, firstSweep).join();
        boolean secondWhileFirstSweeps = second.run(sweep, EVERY, runs::incrementAndGet);
        finish.countDown();

        assertThat(firstSweep.get()).isTrue();
        assertThat(secondWhileFirstSweeps).as("the other instance's sweep while the first one sweeps").isFalse();
        assertThat(second.run(sweep, EVERY, runs::incrementAndGet))
                .as("the other instance's sweep later in the same period").isFalse();
        assertThat(first.run(sweep, EVERY, runs::incrementAndGet)).as("the same instance's, in the same period")
                .isFalse();
        assertThat(runs).hasValue(1);
    }
}
