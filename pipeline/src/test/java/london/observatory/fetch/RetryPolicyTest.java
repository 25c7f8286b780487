package london.observatory.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void delayDoublesAfterEachFailedAttempt() {
        assertThat(policy.delayAfter(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3, null)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void delayNeverExceedsMaxDelay() {
        assertThat(policy.delayAfter(4, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(60, null)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterReplacesTheComputedDelay() {
        assertThat(policy.delayAfter(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterIsCappedByMaxDelay() {
        assertThat(policy.delayAfter(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitteredWaitsLieBetweenHalfAndAllOfTheComputedOneAndDiffer() {
        RetryPolicy jittered = policy.withJitter();
        java.util.Set<Duration> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Duration wait = jittered.delayAfter(3, null); // 4 s computed
            assertThat(wait).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            seen.add(wait);
            assertThat(jittered.delayAfter(60, null)).isBetween(Duration.ofMillis(2_500), Duration.ofSeconds(5));
        }
        assertThat(seen).hasSizeGreaterThan(900); // drawn, not fixed: no two feeds retry in step
    }

    @Test
    void aServersRetryAfterIsWaitedAsAskedEvenWithJitter() {
        RetryPolicy jittered = policy.withJitter();
        for (int i = 0; i < 100; i++) {
            assertThat(jittered.delayAfter(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
            assertThat(jittered.delayAfter(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void theStandardPolicyIsJittered() {
        assertThat(RetryPolicy.standard().jitter()).isTrue();
    }

    @Test
    void zeroAttemptsIsRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
