package fr.ipe.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

/** The outcome of taking a token, with what the RateLimit headers tell the caller. */
record Decision(boolean allowed, long limit, long remaining, long nanosToRetry, long nanosToFull) {

    static Decision of(ConsumptionProbe probe, long capacity) {
        return new Decision(probe.isConsumed(), capacity, probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill(), probe.getNanosToWaitForReset());
    }

    /** The buckets could not be read: the request goes on, without RateLimit headers (see {@link SharedBucketTable}). */
    static Decision unchecked() {
        return new Decision(true, -1, -1, 0, 0);
    }

    boolean checked() {
        return limit >= 0;
    }

    /** Whole seconds, rounded up: {@code Retry-After} and {@code RateLimit-Reset} take no fractions. */
    static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
