package london.observatory.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats one page request according to the {@link RetryPolicy} and {@link FailureClassifier};
 * returns the first 2xx or 304 answer, or throws a one-line {@link FetchException}. Public for
 * connectors that must read a small document (a catalogue entry) before they know what to fetch.
 */
public final class RetryingGetter {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingGetter.class);

    private final PageGetter http;
    private final PageGetter files;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final FailureClassifier classifier = new FailureClassifier();

    /** {@code file:} URLs are read from disk, anything else through {@code http}. */
    public RetryingGetter(PageGetter http, RetryPolicy policy, Sleeper sleeper) {
        this(http, new FileGetter(), policy, sleeper);
    }

    RetryingGetter(PageGetter http, PageGetter files, RetryPolicy policy, Sleeper sleeper) {
        this.http = http;
        this.files = files;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** The answer and how many attempts it took. */
    public record Answer(PageResponse response, int attempts) {}

    /** As {@link #get(String, UrlMasker, String, HttpValidators, Path)} with the default masking rule. */
    public Answer get(String feedId, String url, HttpValidators conditional, Path target) {
        return get(feedId, UrlMasker.standard(), url, conditional, target);
    }

    /** The first 2xx or 304 answer; {@code masker} hides the URL's credentials in every message and log line. */
    public Answer get(String feedId, UrlMasker masker, String url, HttpValidators conditional, Path target) {
        PageGetter getter = FileUrls.isFile(url) ? files : http;
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(getter, masker, url, conditional, target);
            if (result.response != null && (result.response.isSuccess() || result.response.isNotModified())) {
                return new Answer(result.response, attempt);
            }
            String failure = feedId + ": GET " + masker.hide(url) + " " + result.problem;
            if (result.verdict == FailureClassifier.Verdict.PERMANENT) {
                throw new FetchException(failure + " (permanent, not retried)", result.cause);
            }
            if (attempt >= policy.maxAttempts()) {
                throw new FetchException(
                        failure + " after " + attempt + (attempt == 1 ? " attempt" : " attempts"), result.cause);
            }
            Duration asked = result.retryAfter();
            Duration delay = policy.delayAfter(attempt, asked);
            LOG.warn(
                    "{} (attempt {} of {}); retrying in {} ms{}",
                    failure,
                    attempt,
                    policy.maxAttempts(),
                    delay.toMillis(),
                    asked == null
                            ? ""
                            : asked.equals(delay)
                                    ? " as its Retry-After asks"
                                    : " (its Retry-After asks " + asked.toSeconds() + " s, capped)");
            pause(feedId, delay);
        }
    }

    /** One attempt's result: a response, or a description of why there was none. */
    private record Attempt(
            PageResponse response, String problem, FailureClassifier.Verdict verdict, IOException cause) {
        Duration retryAfter() {
            boolean honoured = response != null && (response.status() == 429 || response.status() == 503);
            return honoured ? response.retryAfter() : null;
        }
    }

    private Attempt attempt(PageGetter getter, UrlMasker masker, String url, HttpValidators conditional, Path target) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            // The parser's message quotes the whole URL; this one masks it and keeps no cause that would not.
            throw new FetchException("GET " + masker.hide(url) + " is not a valid URL");
        }
        try {
            PageResponse response = getter.get(uri, conditional, target);
            return new Attempt(
                    response,
                    "returned " + HttpReasons.describe(response.status()),
                    classifier.classify(response.status()),
                    null);
        } catch (IOException e) {
            String problem = "failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + masker.hide(e.getMessage()));
            return new Attempt(null, problem, classifier.classify(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("GET " + masker.hide(url) + " interrupted", e);
        }
    }

    private void pause(String feedId, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(feedId + ": interrupted while waiting to retry", e);
        }
    }
}
