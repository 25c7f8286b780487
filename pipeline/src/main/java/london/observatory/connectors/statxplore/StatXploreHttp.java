package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.IdleTimeoutStream;
import london.observatory.fetch.Origins;
import london.observatory.fetch.UrlMasker;

/**
 * Builds and sends single Stat-Xplore requests, each with the {@code APIKey} header the API requires.
 *
 * <p>The JDK client copies every request header to wherever a redirect points, so it is not allowed to
 * follow redirects: {@link #send} follows one itself only while it stays on the base URL's origin, and
 * fails the request on a redirect to any other origin, before anything (the key least of all) is sent there.
 */
final class StatXploreHttp {

    private static final String USER_AGENT = "london-social-evidence-observatory/0.1 (java.net.http)";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5; // the JDK client's own limit

    private final HttpClient client;
    private final String base;
    private final ApiKey key;
    private final Duration requestTimeout;

    StatXploreHttp(StatXploreSettings settings, ApiKey key) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
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

    /**
     * Sends {@code request}, following same-origin redirects as the JDK would (303, and 301/302 after a POST,
     * become a GET); after {@value #MAX_REDIRECTS} of them the last redirect is the answer.
     *
     * @throws FetchException a redirect to another origin than the base URL's
     */
    HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest current = request;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = client.send(current, HttpResponse.BodyHandlers.ofInputStream());
            Optional<String> location = REDIRECTS.contains(response.statusCode()) && redirects < MAX_REDIRECTS
                    ? response.headers().firstValue("Location")
                    : Optional.empty();
            if (location.isEmpty()) {
                return IdleTimeoutStream.watched(
                        response,
                        requestTimeout,
                        "stat-xplore: " + current.method() + " "
                                + UrlMasker.mask(current.uri().toString()));
            }
            response.body().close();
            current = redirected(current, target(current.uri(), location.get()), response.statusCode());
        }
    }

    private URI target(URI from, String location) {
        URI baseUri = URI.create(base);
        URI to;
        try {
            to = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("stat-xplore: refused a redirect from " + UrlMasker.mask(from.toString())
                    + " to an unreadable Location; the API key is only sent to " + Origins.of(baseUri));
        }
        if (!Origins.same(baseUri, to)) {
            throw new FetchException("stat-xplore: refused a redirect from " + UrlMasker.mask(from.toString())
                    + " to another origin " + Origins.of(to) + "; the API key is only sent to " + Origins.of(baseUri));
        }
        return to;
    }

    private static HttpRequest redirected(HttpRequest request, URI to, int status) {
        boolean toGet = status == 303 || (status == 301 || status == 302) && "POST".equals(request.method());
        HttpRequest.Builder next = HttpRequest.newBuilder(
                        request, (name, value) -> !toGet || !"Content-Type".equalsIgnoreCase(name))
                .uri(to);
        return (toGet ? next.GET() : next).build();
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
