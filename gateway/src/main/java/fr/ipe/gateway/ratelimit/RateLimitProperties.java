package fr.ipe.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token buckets per caller: one per token subject (JWT {@code sub}) and one per client address. A bucket holds
 * {@code capacity} requests (the burst) and gets {@code refillTokens} back every {@code refillPeriod} (the sustained
 * rate). {@code enabled: false} turns both off (benchmarks).
 *
 * @param trustedProxies addresses or CIDR ranges of the proxies in front of the gateway; only a request coming from
 *                       one of them has its {@code X-Forwarded-For} believed
 * @param maxTrackedCallers buckets kept in memory per kind (without a database, the buckets themselves; with one,
 *                          their proxies); the least recently used are dropped beyond it
 * @param sharedSync how far an instance may count on its own before it writes a shared bucket back
 */
@Validated
@ConfigurationProperties("ipe.gateway.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Valid @NotNull Limit subject,
        @Valid @NotNull Limit clientAddress,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("100000") @Positive int maxTrackedCallers,
        @Valid @DefaultValue SharedSync sharedSync) {

    /**
     * A gateway instance takes tokens from its copy of a shared bucket and writes them to the database once it took
     * {@code unsyncedTokens} or {@code unsyncedFor} passed (Bucket4j's delaying optimization): a request costs no
     * database transaction, and a caller spreading requests over n instances gets at most n × {@code unsyncedTokens}
     * more than its limit. {@code unsyncedTokens: 0} writes every token (exact, one transaction per request).
     */
    public record SharedSync(@DefaultValue("10") @PositiveOrZero long unsyncedTokens,
                             @DefaultValue("200ms") @NotNull Duration unsyncedFor) {
    }

    public record Limit(@Positive long capacity, @Positive long refillTokens, @NotNull Duration refillPeriod) {

        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(capacity).refillGreedy(refillTokens, refillPeriod).build();
        }

        /** How long an empty bucket takes to be full again. */
        Duration timeToFill() {
            long periodsToFill = (capacity + refillTokens - 1) / refillTokens;
            return refillPeriod.multipliedBy(Math.max(1, periodsToFill));
        }
    }
}
