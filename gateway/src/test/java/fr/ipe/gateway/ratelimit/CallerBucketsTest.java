package fr.ipe.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallerBucketsTest {

    @Test
    void aCallerHasItsBurstThenWaitsWhileAnotherKeepsItsOwn() {
        CallerBuckets buckets = new CallerBuckets(new RateLimitProperties.Limit(2, 1, Duration.ofMinutes(1)), 10);

        assertThat(buckets.take("alice").remaining()).isEqualTo(1);
        assertThat(buckets.take("alice").allowed()).isTrue();
        CallerBuckets.Decision refused = buckets.take("alice");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(CallerBuckets.Decision.seconds(refused.nanosToRetry())).isBetween(1L, 60L);

        assertThat(buckets.take("bob").allowed()).isTrue();
    }
}
