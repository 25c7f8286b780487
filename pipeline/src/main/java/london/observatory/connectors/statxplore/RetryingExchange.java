package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.observatory.fetch.FailureClassifier;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.HttpReasons;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.Sleeper;
import london.observatory.fetch.UrlMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical Stat-Xplore request, repeated as the answer deserves:
 * <ul>
 *   <li>2xx and 304: the body goes to the caller's reader; if reading fails (a dropped connection,
 *       a truncated JSON body) the request counts as failed and is repeated;</li>
 *   <li>429: wait until the limit resets ({@code x-ratelimit-reset}, else {@code /rate_limit}), then
 *       repeat, within the {@link Throttle}'s bounds; these waits are not failed attempts;</li>
 *   <li>5xx, 408 and broken connections: repeated per the {@link RetryPolicy};</li>
 *   <li>any other status (400, 401, 403, 404...): fails at once, as it would fail the same way again.</li>
 * </ul>
 * Failure messages carry the method, the masked URL and the status, never a header.
 */
final class RetryingExchange {

    /** Reads a successful (2xx or 304) response; the exchange closes the body afterwards. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(HttpResponse<InputStream> response) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExchange.class);

    private final StatXploreHttp http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final ApiKey key;
    private final FailureClassifier classifier = new FailureClassifier();

    RetryingExchange(StatXploreHttp http, RetryPolicy policy, Sleeper sleeper, ApiKey key) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.key = key;
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + UrlMasker.mask(request.uri().toString());
    }

    <T> T send(HttpRequest request, Throttle throttle, BodyReader<T> reader) {
        String what = describe(request);
        int failures = 0;
        while (true) {
            Attempt<T> attempt = attempt(request, throttle, reader, what);
            if (attempt.answered()) {
                return attempt.value();
            }
            if (attempt.problem() == null) {
                continue; // waited for a rate-limit reset: not a failure
            }
            failures++;
            if (failures >= policy.maxAttempts()) {
                throw new FetchException(
                        "stat-xplore: " + what + " " + attempt.problem() + " after " + failures
                                + (failures == 1 ? " attempt" : " attempts"),
                        attempt.cause());
            }
            Duration delay = policy.delayAfter(failures, null);
            LOG.warn(
                    "stat-xplore: {} {} (attempt {} of {}); retrying in {} ms",
                    what,
                    attempt.problem(),
                    failures,
                    policy.maxAttempts(),
                    delay.toMillis());
            pause(what, delay);
        }
    }

    /** An answer, a retryable problem, or neither (a rate-limit wait); permanent failures throw. */
    private record Attempt<T>(boolean answered, T value, String problem, IOException cause) {}

    private <T> Attempt<T> attempt(HttpRequest request, Throttle throttle, BodyReader<T> reader, String what) {
        try {
            HttpResponse<InputStream> response = http.send(request);
            int status = response.statusCode();
            if (status / 100 == 2 || status == 304) {
                try (InputStream body = response.body()) {
                    return new Attempt<>(true, reader.read(response), null, null);
                }
            }
            response.body().close(); // error bodies are discarded: nothing in them is worth a log line
            String problem = "returned " + HttpReasons.describe(status);
            if (status == 429) {
                throttle.afterTooManyRequests(response.headers(), policy.baseDelay(), problem);
                return new Attempt<>(false, null, null, null);
            }
            if (classifier.classify(status) == FailureClassifier.Verdict.PERMANENT) {
                throw new FetchException("stat-xplore: " + what + " " + problem + " (permanent, not retried)");
            }
            return new Attempt<>(false, null, problem, null);
        } catch (IOException e) {
            if (classifier.classify(e) == FailureClassifier.Verdict.PERMANENT) {
                throw new FetchException("stat-xplore: " + what + " " + problem(e) + " (permanent, not retried)");
            }
            return new Attempt<>(false, null, problem(e), withoutKey(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("stat-xplore: " + what + " interrupted", e);
        }
    }

    /** The cause is kept for its stack trace unless its text holds the key (the JDK's, not ours). */
    private IOException withoutKey(IOException e) {
        String message = String.valueOf(e.getMessage());
        return key.redact(message).equals(message) ? e : null;
    }

    /** A transport error's own text is the JDK's, so the key is scrubbed from it to be sure. */
    private String problem(IOException e) {
        if (e instanceof StatXploreFormatException) {
            return "returned " + e.getMessage();
        }
        String message = e.getMessage() == null ? "" : " " + UrlMasker.mask(key.redact(e.getMessage()));
        return "failed: " + e.getClass().getSimpleName() + message;
    }

    private void pause(String what, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("stat-xplore: " + what + " interrupted while waiting to retry", e);
        }
    }
}
