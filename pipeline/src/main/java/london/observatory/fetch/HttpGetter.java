package london.observatory.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One GET over the JDK's {@link HttpClient}: sends the conditional headers, streams a 2xx body to
 * the target file while hashing it, and reports the validators. Non-2xx bodies are discarded.
 * The request timeout covers the wait for the response headers; the body then streams for as
 * long as the server keeps sending.
 */
public final class HttpGetter implements PageGetter {

    private static final String USER_AGENT = "london-social-evidence-observatory/0.1 (java.net.http)";

    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpGetter(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(connectTimeout)
                .build();
        this.requestTimeout = requestTimeout;
    }

    /** Timeouts suited to the public statistics APIs: slow to start answering, large bodies. */
    public static HttpGetter standard() {
        return new HttpGetter(Duration.ofSeconds(20), Duration.ofMinutes(2));
    }

    @Override
    public PageResponse get(URI uri, Validators conditional, Path target) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request(uri, conditional), HttpResponse.BodyHandlers.ofInputStream());
        HttpHeaders headers = response.headers();
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                return PageResponse.withoutBody(response.statusCode(), etag, lastModified, retryAfter(headers));
            }
            StreamingSha256.Digested digested = StreamingSha256.copy(body, target);
            return new PageResponse(response.statusCode(), etag, lastModified, null, digested.bytes(), digested.sha256());
        }
    }

    private HttpRequest request(URI uri, Validators conditional) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT);
        if (conditional.etag() != null) {
            request.header("If-None-Match", conditional.etag());
        }
        if (conditional.lastModified() != null) {
            request.header("If-Modified-Since", conditional.lastModified());
        }
        return request.build();
    }

    /** Only the delta-seconds form; an HTTP-date Retry-After falls back to our own backoff. */
    private static Duration retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After")
                .map(String::trim)
                .filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(null);
    }
}
