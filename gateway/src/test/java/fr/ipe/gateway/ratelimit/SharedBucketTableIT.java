package fr.ipe.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.ipe.testkit.engines.FreePorts;
import fr.ipe.testkit.engines.PostgresEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared buckets on a real PostgreSQL: two tables stand for two gateway instances. Counting on their own between
 * writes, they cost a fraction of the transactions and still meet one limit, within the tolerance they are given.
 */
class SharedBucketTableIT {

    private static final AtomicInteger TRANSACTIONS = new AtomicInteger();
    private static final RateLimitProperties.Limit LIMIT = new RateLimitProperties.Limit(100, 1, Duration.ofHours(1));

    @TempDir
    static Path data;
    static PostgresEngine postgres;
    static HikariDataSource database;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresEngine.start(data.resolve("postgres"), FreePorts.next());
        postgres.ensureDatabase("gateway");
        database = new HikariDataSource();
        database.setJdbcUrl(postgres.jdbcUrl("gateway"));
        database.setUsername(postgres.username());
        database.setPassword(postgres.password());
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
        postgres.close();
    }

    @Test
    void instancesCountingOnTheirOwnBetweenWritesMeetOneLimitWithinTheirTolerance() throws Exception {
        RateLimitProperties.SharedSync sync = new RateLimitProperties.SharedSync(10, Duration.ofMinutes(1));
        CallerBuckets first = table(sync).of("subject", LIMIT);
        CallerBuckets second = table(sync).of("subject", LIMIT);
        int transactionsBefore = TRANSACTIONS.get();

        int admitted = 0;
        for (int i = 0; i < 300; i++) {
            admitted += (i % 2 == 0 ? first : second).take("spread-user").block().allowed() ? 1 : 0;
        }

        assertThat(admitted).as("one limit of 100, each instance may run 10 ahead of the table")
                .isBetween(100, 100 + 2 * 10);
        assertThat(TRANSACTIONS.get() - transactionsBefore).as("transactions for 300 requests").isLessThan(100);
    }

    @Test
    void withoutToleranceEveryTokenIsWrittenAndTheCountIsExact() throws Exception {
        RateLimitProperties.SharedSync exact = new RateLimitProperties.SharedSync(0, Duration.ZERO);
        CallerBuckets first = table(exact).of("subject", LIMIT);
        CallerBuckets second = table(exact).of("subject", LIMIT);

        int admitted = 0;
        for (int i = 0; i < 150; i++) {
            admitted += (i % 2 == 0 ? first : second).take("exact-user").block().allowed() ? 1 : 0;
        }

        assertThat(admitted).isEqualTo(100);
    }

    /** Gateways started together on a new database (the scale scenario's two): each must find or create the table. */
    @Test
    void instancesStartingTogetherOnANewDatabaseAllStart() throws Exception {
        int instances = 8;
        ExecutorService starting = Executors.newFixedThreadPool(instances);
        try {
            for (int round = 0; round < 5; round++) {
                String name = "gateway_together_" + round;
                postgres.ensureDatabase(name);
                try (HikariDataSource fresh = new HikariDataSource()) {
                    fresh.setJdbcUrl(postgres.jdbcUrl(name));
                    fresh.setUsername(postgres.username());
                    fresh.setPassword(postgres.password());
                    fresh.setMaximumPoolSize(instances);
                    DataSource together = connectedTogether(fresh, new CountDownLatch(instances));
                    List<Future<SharedBucketTable>> started = new ArrayList<>();
                    for (int i = 0; i < instances; i++) {
                        started.add(starting.submit(() -> new SharedBucketTable(together,
                                new SimpleMeterRegistry().counter("unavailable"),
                                new RateLimitProperties.SharedSync(0, Duration.ZERO), 1000)));
                    }
                    for (Future<SharedBucketTable> instance : started) {
                        // throws if that instance failed to start
                        instance.get().destroy();
                    }
                }
            }
        } finally {
            starting.shutdownNow();
        }
    }

    private static SharedBucketTable table(RateLimitProperties.SharedSync sync) {
        return new SharedBucketTable(counted(), new SimpleMeterRegistry().counter("unavailable"), sync, 1000);
    }

    /** The database, whose first connections are handed out together once each caller holds one (no start ahead). */
    private static DataSource connectedTogether(DataSource database, CountDownLatch together) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(database, arguments);
                        if (method.getName().equals("getConnection")) {
                            together.countDown();
                            together.await(30, TimeUnit.SECONDS);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The database, counting the connections taken: Bucket4j's JDBC back-end takes one per transaction. */
    private static DataSource counted() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        TRANSACTIONS.incrementAndGet();
                    }
                    try {
                        return method.invoke(database, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
