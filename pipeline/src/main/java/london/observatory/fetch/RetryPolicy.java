package london.observatory.fetch;

import java.time.Duration;

/**
 * How hard to try one request: at most {@code maxAttempts} attempts, waiting
 * {@code baseDelay × 2^(n-1)} before retry n, never longer than {@code maxDelay}. A server's
 * {@code Retry-After} replaces the computed wait but is capped too, so one slow provider cannot
 * stall the nightly run.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay, was " + baseDelay + " / " + maxDelay);
        }
    }

    /** Four attempts, 2 s, 4 s, 8 s between them; Retry-After honoured up to two minutes. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /** The wait after failed attempt {@code failedAttempt} (1-based), given the server's Retry-After or null. */
    public Duration delayAfter(int failedAttempt, Duration retryAfter) {
        Duration wanted = retryAfter != null ? retryAfter : exponential(failedAttempt);
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }

    private Duration exponential(int failedAttempt) {
        int doublings = Math.min(failedAttempt - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.isNegative() ? maxDelay : delay;
    }
}
