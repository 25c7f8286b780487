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
    void zeroAttemptsIsRejected() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
