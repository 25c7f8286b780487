package london.observatory.jobs.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.observatory.fetch.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs an alert as JSON, retrying a failed attempt (no answer, 5xx, 429) a few times. The URL is never logged whole:
 * a chat tool's webhook URL is itself the secret, so only its host is named.
 */
final class Webhook {

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final Duration timeout;
    private final int attempts;
    private final Duration retryDelay;
    private final Sleeper sleeper;
    private final HttpClient http;

    Webhook(URI url, Duration timeout, int attempts, Duration retryDelay, Sleeper sleeper) {
        this.url = url;
        this.timeout = timeout;
        this.attempts = attempts;
        this.retryDelay = retryDelay;
        this.sleeper = sleeper;
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
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                sleeper.sleep(retryDelay);
            }
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status / 100 == 2) {
                    return true;
                }
                last = "HTTP " + status;
                if (status / 100 == 4 && status != 429) {
                    break; // refused: sending it again will not help
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
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
