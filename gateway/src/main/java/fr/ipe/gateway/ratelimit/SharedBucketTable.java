package fr.ipe.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The callers' token buckets of every gateway instance, in one PostgreSQL table (Bucket4j's JDBC back-end, a row per
 * caller locked while it is written): a user who spreads requests over several instances meets one limit, within the
 * tolerance of {@link RateLimitProperties.SharedSync} (each instance keeps a proxy per caller that takes tokens on its
 * own between writes: two transactions per request halved the gateway's throughput, measured). The
 * table is created at start if missing; rows of buckets that would be full again are deleted every minute, by any
 * instance (deleting twice is harmless). The database is not on the request's critical path for correctness: when it
 * cannot be read, the request goes on unlimited (logged, counted in {@code ipe.gateway.rate.limits.unavailable}), so
 * the gateway does not fail with its rate limits' store.
 */
public final class SharedBucketTable implements DisposableBean {

    static final String TABLE = "gateway_rate_limit_buckets";
    /** The advisory lock of the table's creation ("GWRL" in ASCII). */
    private static final long CREATION_LOCK = 0x4757524CL;
    private static final Logger log = LoggerFactory.getLogger(SharedBucketTable.class);
    private static final Duration KEPT_AFTER_FULL = Duration.ofSeconds(10);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Counter unavailable;
    private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rate-limit-buckets-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private final RateLimitProperties.SharedSync sync;
    private final int maxCallers;

    public SharedBucketTable(DataSource database, Counter unavailable, RateLimitProperties.SharedSync sync,
                             int maxCallers) {
        createIfMissing(database);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_FULL))
                .build();
        this.unavailable = unavailable;
        this.sync = sync;
        this.maxCallers = maxCallers;
        cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * PostgreSQL's {@code CREATE TABLE IF NOT EXISTS} is not safe against itself: two gateways starting together on a
     * new database both find no table and one fails on the catalog's unique index. The creations are serialised by a
     * transaction-scoped advisory lock, so the second finds the table.
     */
    private static void createIfMissing(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                statement.execute("SELECT pg_advisory_xact_lock(" + CREATION_LOCK + ")");
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                        + " (id VARCHAR(512) PRIMARY KEY, state BYTEA, expires_at BIGINT)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rate limits' table " + TABLE + " could not be created", e);
        }
    }

    /** The buckets of one kind of caller, each under {@code kind:caller}. */
    CallerBuckets of(String kind, RateLimitProperties.Limit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(limit.bandwidth()).build();
        // a proxy holds the tokens taken since its last write: it is kept, a new one per request would write each
        Cache<String, BucketProxy> proxies = CallerBuckets.perCaller(limit, maxCallers);
        return caller -> Mono.fromCallable(() -> Decision.of(proxies.get(caller, c -> proxy(kind + ":" + c,
                        configuration)).tryConsumeAndReturnRemaining(1), limit.capacity()))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(RuntimeException.class, e -> {
                    unavailable.increment();
                    log.warn("Rate limits' store unavailable, request let through unlimited: {}", e.toString());
                    return Mono.just(Decision.unchecked());
                });
    }

    private BucketProxy proxy(String key, BucketConfiguration configuration) {
        RemoteBucketBuilder<String> builder = buckets.builder();
        if (sync.unsyncedTokens() > 0) {
            builder = builder.withOptimization(Optimizations.delaying(
                    new DelayParameters(sync.unsyncedTokens(), sync.unsyncedFor())));
        }
        return builder.build(key, () -> configuration);
    }

    private void removeExpired() {
        try {
            while (buckets.removeExpired(1000) == 1000) {
                // a full batch: more may wait
            }
        } catch (RuntimeException e) {
            log.warn("Expired rate-limit buckets could not be deleted; the next minute tries again: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        cleaner.shutdownNow();
    }
}
