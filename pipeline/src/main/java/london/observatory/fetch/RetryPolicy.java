package london.observatory.fetch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard to try one request: at most {@code maxAttempts} attempts, waiting
 * {@code baseDelay × 2^(n-1)} before retry n, never longer than {@code maxDelay}. A server's
 * {@code Retry-After} replaces the computed wait but is capped too, so one slow provider cannot
 * stall the nightly run. With {@code jitter}, a computed wait is drawn between half of it and all of it:
 * feeds that failed together (one provider down for every page the workers asked for) then do not all
 * retry at the same instant against a server that is just coming back. A server's own Retry-After is
 * waited as asked.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, boolean jitter) {

    /** Without jitter: waits exactly as computed (a policy whose waits a test or a caller must know). */
    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        this(maxAttempts, baseDelay, maxDelay, false);
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay, was " + baseDelay + " / " + maxDelay);
        }
    }

    /** Four attempts, about 2 s, 4 s, 8 s between them (jittered); Retry-After honoured up to two minutes. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(2), true);
    }

    /** The same policy with jittered waits. */
    public RetryPolicy withJitter() {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, true);
    }

    /** The wait after failed attempt {@code failedAttempt} (1-based), given the server's Retry-After or null. */
    public Duration delayAfter(int failedAttempt, Duration retryAfter) {
        if (retryAfter != null) {
            return capped(retryAfter);
        }
        Duration computed = capped(exponential(failedAttempt));
        if (!jitter || computed.isZero()) {
            return computed;
        }
        long nanos = computed.toNanos();
        return Duration.ofNanos(nanos - ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
    }

    private Duration capped(Duration wanted) {
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }

    private Duration exponential(int failedAttempt) {
        int doublings = Math.min(failedAttempt - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.isNegative() ? maxDelay : delay;
    }
}
