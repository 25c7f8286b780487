package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.observatory.fetch.UrlMasker;

/** Builds and sends single Stat-Xplore requests, each with the {@code APIKey} header the API requires. */
final class StatXploreHttp {

    private static final String USER_AGENT = "london-social-evidence-observatory/0.1 (java.net.http)";

    private final HttpClient client;
    private final String base;
    private final ApiKey key;
    private final Duration requestTimeout;

    StatXploreHttp(StatXploreSettings settings, ApiKey key) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.base = settings.baseUrl();
        this.key = key;
        this.requestTimeout = settings.requestTimeout();
    }

    String url(String path) {
        return base + "/" + path;
    }

    /** A GET, conditional on {@code etag} when there is one. */
    HttpRequest get(String path, String etag) {
        HttpRequest.Builder request = builder(path).GET();
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        return request.build();
    }

    HttpRequest postJson(String path, String json) {
        return builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder builder(String path) {
        try {
            return HttpRequest.newBuilder(URI.create(url(path)))
                    .timeout(requestTimeout)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/json")
                    .header("APIKey", key.value());
        } catch (IllegalArgumentException e) {
            // The JDK may quote an invalid header value back; say which variable, never what it holds.
            throw new IllegalArgumentException("stat-xplore: cannot build a request to " + UrlMasker.mask(url(path))
                    + ": " + key.redact(e.getMessage()) + " (check " + key + ")");
        }
    }
}
