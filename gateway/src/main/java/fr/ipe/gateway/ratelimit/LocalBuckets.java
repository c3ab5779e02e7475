package fr.ipe.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * One Bucket4j token bucket per caller of one kind, in this gateway's memory: only where the gateway has no database
 * ({@code spring.datasource.url} unset), since each instance then limits on its own. A bucket unused for the time it
 * takes to refill completely is dropped (a new one would be full anyway), and at most {@code maxCallers} are kept.
 */
final class LocalBuckets implements CallerBuckets {

    private final RateLimitProperties.Limit limit;
    private final Cache<String, Bucket> buckets;

    LocalBuckets(RateLimitProperties.Limit limit, int maxCallers) {
        this.limit = limit;
        this.buckets = CallerBuckets.perCaller(limit, maxCallers);
    }

    @Override
    public Mono<Decision> take(String caller) {
        return Mono.fromSupplier(() -> Decision.of(buckets.get(caller, key -> Bucket.builder()
                .addLimit(limit.bandwidth()).build()).tryConsumeAndReturnRemaining(1), limit.capacity()));
    }
}
