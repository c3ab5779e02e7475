package fr.ipe.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One Bucket4j token bucket per caller of one kind, in this gateway's memory. A bucket unused for the time it takes to
 * refill completely is dropped (a new one would be full anyway), and at most {@code maxCallers} are kept.
 */
final class CallerBuckets {

    private final RateLimitProperties.Limit limit;
    private final Cache<String, Bucket> buckets;

    CallerBuckets(RateLimitProperties.Limit limit, int maxCallers) {
        this.limit = limit;
        long periodsToFill = (limit.capacity() + limit.refillTokens() - 1) / limit.refillTokens();
        Duration idle = limit.refillPeriod().multipliedBy(Math.max(1, periodsToFill));
        this.buckets = Caffeine.newBuilder().maximumSize(maxCallers).expireAfterAccess(idle).build();
    }

    /** Takes one token from the caller's bucket. */
    Decision take(String caller) {
        Bucket bucket = buckets.get(caller, key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.refillTokens(), limit.refillPeriod()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill(), probe.getNanosToWaitForReset());
    }

    /** The outcome, with what the RateLimit headers tell the caller. */
    record Decision(boolean allowed, long limit, long remaining, long nanosToRetry, long nanosToFull) {

        /** Whole seconds, rounded up: {@code Retry-After} and {@code RateLimit-Reset} take no fractions. */
        static long seconds(long nanos) {
            return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
