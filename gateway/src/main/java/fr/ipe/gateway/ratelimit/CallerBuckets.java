package fr.ipe.gateway.ratelimit;

import reactor.core.publisher.Mono;

/**
 * The token buckets of the callers of one kind: in PostgreSQL, shared by every gateway instance
 * ({@link SharedBucketTable}), or in this gateway's memory where no database is configured ({@link LocalBuckets}).
 */
interface CallerBuckets {

    /** Takes one token from the caller's bucket. */
    Mono<Decision> take(String caller);
}
