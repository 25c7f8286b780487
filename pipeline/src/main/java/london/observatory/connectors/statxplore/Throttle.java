package london.observatory.connectors.statxplore;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the hourly rate limit to reset, for one logical request: at most {@code maxWaits}
 * times and {@code maxWait} in all, so an exhausted key fails the feed with a clear line instead of
 * stalling the nightly run. Clock and sleeper are injected so tests see the waits without sleeping.
 */
final class Throttle {

    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

    private final Clock clock;
    private final Sleeper sleeper;
    private final int maxWaits;
    private final Duration maxWait;
    private final String request;
    private final Supplier<Instant> resetLookup;
    private int waits;
    private Duration waited = Duration.ZERO;

    /**
     * @param request     what is being throttled, for messages ({@code POST <masked url>})
     * @param resetLookup when the limit resets, for a 429 without a reset header ({@code /rate_limit});
     *                    for {@code /rate_limit} itself it answers null, so a 429 there cannot recurse
     */
    Throttle(
            Clock clock,
            Sleeper sleeper,
            int maxWaits,
            Duration maxWait,
            String request,
            Supplier<Instant> resetLookup) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.maxWaits = maxWaits;
        this.maxWait = maxWait;
        this.request = request;
        this.resetLookup = resetLookup;
    }

    /** Before a counted request: if none are left this hour, waits for the reset. */
    void awaitQuota(RateLimit limit) {
        if (limit.remaining() > 0 || !limit.reset().isAfter(clock.instant())) {
            return;
        }
        waitFor(
                limit.reset(),
                Duration.ZERO,
                "found the rate limit used up (0 of " + limit.limit() + " left this hour)");
    }

    /**
     * After a 429: waits until the reset the response names ({@code x-ratelimit-reset}), else the one
     * {@code /rate_limit} gives, but at least {@code floor}: a reset already past (clocks disagree) or
     * unknown gets a short pause rather than an immediate repeat.
     */
    void afterTooManyRequests(HttpHeaders headers, Duration floor, String reason) {
        waitFor(RateLimit.resetHeader(headers).orElseGet(resetLookup), floor, reason);
    }

    private void waitFor(Instant reset, Duration floor, String reason) {
        Duration untilReset = reset == null ? Duration.ZERO : Duration.between(clock.instant(), reset);
        Duration wait = untilReset.compareTo(floor) < 0 ? floor : untilReset;
        if (waits >= maxWaits) {
            throw new FetchException("stat-xplore: " + request + " " + reason + "; still rate-limited after " + waits
                    + (waits == 1 ? " wait" : " waits") + " for the limit to reset");
        }
        if (waited.plus(wait).compareTo(maxWait) > 0) {
            throw new FetchException("stat-xplore: " + request + " " + reason + "; the limit resets at " + reset + ", "
                    + wait.toSeconds() + " s away, beyond the " + maxWait.toSeconds() + " s this request may wait");
        }
        waits++;
        waited = waited.plus(wait);
        LOG.info(
                "stat-xplore: {} {}; waiting {} ms for the limit to reset{}",
                request,
                reason,
                wait.toMillis(),
                reset == null ? " (reset time unknown)" : " at " + reset);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("stat-xplore: " + request + " interrupted while waiting for the rate limit", e);
        }
    }
}
