package london.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One GET over the JDK's {@link HttpClient}: sends the conditional headers, streams a 2xx body to
 * the target file while hashing it, and reports the validators. Non-2xx bodies are discarded; a body
 * shorter than its {@code Content-Length} is an {@link IOException} (a failed, retryable attempt).
 * The request timeout covers the wait for the response headers, and then each wait for more of the body
 * ({@link IdleTimeoutStream}): a large body streams for as long as the server keeps sending, a stalled one fails.
 *
 * <p>Headers added with {@link #withOriginHeader} (an API key) go only to the origin of the URL asked
 * for. The JDK client forwards every request header to wherever a redirect points, so a getter with
 * such headers follows redirects itself and drops them once a redirect leaves that origin.
 */
public final class HttpGetter implements PageGetter {

    private static final String USER_AGENT = "london-social-evidence-observatory/0.1 (java.net.http)";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5;

    private final Client client;
    private final Client unfollowing;
    private final Duration requestTimeout;
    private final Map<String, String> originHeaders;
    private final Clock clock;

    /** {@code clock} dates a {@code Retry-After} given as an HTTP-date: the run's clock, so tests can fix it. */
    public HttpGetter(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this(
                new Client(HttpClient.Redirect.NORMAL, connectTimeout),
                new Client(HttpClient.Redirect.NEVER, connectTimeout),
                requestTimeout,
                Map.of(),
                clock);
    }

    private HttpGetter(
            Client client,
            Client unfollowing,
            Duration requestTimeout,
            Map<String, String> originHeaders,
            Clock clock) {
        this.client = client;
        this.unfollowing = unfollowing;
        this.requestTimeout = requestTimeout;
        this.originHeaders = Map.copyOf(originHeaders);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Timeouts suited to the public statistics APIs: slow to start answering, large bodies. */
    public static HttpGetter standard(Clock clock) {
        return new HttpGetter(Duration.ofSeconds(20), Duration.ofMinutes(2), clock);
    }

    /** The same getter, also sending {@code name: value} to the origin of each URL it is asked for, never beyond. */
    public HttpGetter withOriginHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(originHeaders);
        headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new HttpGetter(client, unfollowing, requestTimeout, headers, clock);
    }

    @Override
    public PageResponse get(URI uri, HttpValidators conditional, Path target) throws IOException, InterruptedException {
        if (originHeaders.isEmpty()) {
            return answer(
                    client.get().send(request(uri, conditional, Map.of()), HttpResponse.BodyHandlers.ofInputStream()),
                    target);
        }
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            Map<String, String> extra = Origins.same(uri, current) ? originHeaders : Map.of();
            HttpResponse<InputStream> response = unfollowing
                    .get()
                    .send(request(current, conditional, extra), HttpResponse.BodyHandlers.ofInputStream());
            Optional<URI> next = redirects < MAX_REDIRECTS ? redirectTarget(current, response) : Optional.empty();
            if (next.isEmpty()) {
                return answer(response, target);
            }
            response.body().close();
            current = next.get();
        }
    }

    private PageResponse answer(HttpResponse<InputStream> response, Path target) throws IOException {
        HttpHeaders headers = response.headers();
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        try (InputStream body = new IdleTimeoutStream(
                response.body(),
                requestTimeout,
                "GET " + UrlMasker.mask(response.uri().toString()))) {
            if (response.statusCode() / 100 != 2) {
                return PageResponse.withoutBody(response.statusCode(), etag, lastModified, retryAfter(headers));
            }
            StreamingSha256.Digested digested = StreamingSha256.copy(body, target);
            requireWholeBody(headers, digested.bytes());
            return new PageResponse(
                    response.statusCode(), etag, lastModified, null, digested.bytes(), digested.sha256());
        }
    }

    /**
     * A connection closed before the body announced by {@code Content-Length} has all arrived is a failed
     * attempt, not a short file: the JDK client (17) ends such a body quietly, as if it were complete.
     */
    private static void requireWholeBody(HttpHeaders headers, long received) throws IOException {
        OptionalLong announced;
        try {
            announced = headers.firstValueAsLong("Content-Length");
        } catch (NumberFormatException e) {
            return; // the client would not have read a body by a length it could not parse
        }
        if (announced.isPresent() && received < announced.getAsLong()) {
            throw new IOException("body cut short: " + received + " of the " + announced.getAsLong()
                    + " bytes its Content-Length announced");
        }
    }

    private HttpRequest request(URI uri, HttpValidators conditional, Map<String, String> extra) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).GET().timeout(requestTimeout).header("User-Agent", USER_AGENT);
        extra.forEach(request::header);
        if (conditional.etag() != null) {
            request.header("If-None-Match", conditional.etag());
        }
        if (conditional.lastModified() != null) {
            request.header("If-Modified-Since", conditional.lastModified());
        }
        return request.build();
    }

    /** Where a redirect points, as {@link HttpClient.Redirect#NORMAL} would go: never from https to http. */
    private static Optional<URI> redirectTarget(URI from, HttpResponse<?> response) {
        if (!REDIRECTS.contains(response.statusCode())) {
            return Optional.empty();
        }
        return response.headers()
                .firstValue("Location")
                .map(location -> from.resolve(location.strip()))
                .filter(to -> !("https".equalsIgnoreCase(from.getScheme()) && "http".equalsIgnoreCase(to.getScheme())));
    }

    /** Seconds or an HTTP-date ({@link RetryAfter}); null when absent or unreadable (our own backoff applies). */
    private Duration retryAfter(HttpHeaders headers) {
        return RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant());
    }

    /**
     * A JDK client made on first use and then shared: making one sets up TLS (the trust store, the security
     * providers), 0.3-1 s of a nightly's start here, which a night whose sources are all files never needs.
     */
    private static final class Client {

        private final HttpClient.Redirect redirects;
        private final Duration connectTimeout;
        private HttpClient client;

        Client(HttpClient.Redirect redirects, Duration connectTimeout) {
            // What the JDK's builder would reject, rejected now: a bad setting still fails as the run starts.
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("Invalid duration: " + connectTimeout);
            }
            this.redirects = redirects;
            this.connectTimeout = connectTimeout;
        }

        synchronized HttpClient get() {
            if (client == null) {
                client = HttpClient.newBuilder()
                        .followRedirects(redirects)
                        .connectTimeout(connectTimeout)
                        .build();
            }
            return client;
        }
    }
}
