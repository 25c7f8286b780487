package london.observatory.jobs.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import london.observatory.fetch.RetryAfter;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs an alert as JSON, retrying a failed attempt (no answer, 5xx, 429) as the fetcher retries a source
 * ({@link RetryPolicy}: each wait doubling, a server's {@code Retry-After} honoured, all capped). The URL is never
 * logged whole: a chat tool's webhook URL is itself the secret, so only its host is named.
 */
final class Webhook {

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    Webhook(URI url, Duration timeout, RetryPolicy retry, Sleeper sleeper, Clock clock) {
        this.url = url;
        this.timeout = timeout;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Whether the webhook took the message (a 2xx answer). */
    boolean send(FeedAlert alert) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(alert)))
                .build();
        String last = null;
        for (int attempt = 1; ; attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return true;
                }
                last = "HTTP " + status;
                if (status / 100 == 4 && status != 429) {
                    break; // refused: sending it again will not help
                }
                retryAfter = RetryAfter.parse(
                        response.headers().firstValue("Retry-After").orElse(null), clock.instant());
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt >= retry.maxAttempts()) {
                break;
            }
            sleeper.sleep(retry.delayAfter(attempt, retryAfter));
        }
        log.warn(
                "alert {} for {} not delivered to the webhook at {} ({}); the next run sends it again",
                alert.event(),
                alert.feed(),
                url.getHost(),
                last);
        return false;
    }
}
