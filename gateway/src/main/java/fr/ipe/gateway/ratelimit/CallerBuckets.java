package fr.ipe.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * The token buckets of the callers of one kind: in PostgreSQL, shared by every gateway instance
 * ({@link SharedBucketTable}), or in this gateway's memory where no database is configured ({@link LocalBuckets}).
 */
interface CallerBuckets {

    /** Takes one token from the caller's bucket. */
    Mono<Decision> take(String caller);

    /**
     * What this instance keeps per caller (a bucket, or a shared bucket's proxy): at most {@code maxCallers}, the least
     * recently used dropped beyond, and one unused for the time its bucket takes to fill again (a new one would be full
     * anyway).
     */
    static <V> Cache<String, V> perCaller(RateLimitProperties.Limit limit, int maxCallers) {
        return Caffeine.newBuilder().maximumSize(maxCallers).expireAfterAccess(limit.timeToFill()).build();
    }
}
