package fr.ipe.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalBucketsTest {

    @Test
    void aCallerHasItsBurstThenWaitsWhileAnotherKeepsItsOwn() {
        LocalBuckets buckets = new LocalBuckets(new RateLimitProperties.Limit(2, 1, Duration.ofMinutes(1)), 10);

        assertThat(buckets.take("alice").block().remaining()).isEqualTo(1);
        assertThat(buckets.take("alice").block().allowed()).isTrue();
        Decision refused = buckets.take("alice").block();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(Decision.seconds(refused.nanosToRetry())).isBetween(1L, 60L);

        assertThat(buckets.take("bob").block().allowed()).isTrue();
    }
}
