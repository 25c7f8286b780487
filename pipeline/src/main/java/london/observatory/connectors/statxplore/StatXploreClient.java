package london.observatory.connectors.statxplore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.FileUrls;
import london.observatory.fetch.Sleeper;
import london.observatory.fetch.UrlMasker;

/**
 * The DWP Stat-Xplore Open Data API (key in an {@code APIKey} header) over {@code java.net.http}.
 *
 * <ul>
 *   <li>{@link #fetchTable}: {@code POST {base}/table} with the descriptor's JSON query, the response
 *       streamed to a file. Before it, {@code GET {base}/rate_limit} (free): if no requests are left
 *       this hour, it waits for the reset.</li>
 *   <li>{@link #checkSchema}: conditional {@code GET {base}/schema[/{id}]} with {@code If-None-Match};
 *       a 304 costs nothing against the limit.</li>
 * </ul>
 * Every request carries {@code APIKey}, read from the environment variable the settings name. The
 * key is never logged, never put in a message and never written to a file. 429 waits for the
 * reset, 5xx and broken connections are retried, other 4xx fail at once ({@link RetryingExchange}).
 *
 * <p>A {@code file:} base URL reads recorded responses instead ({@link RecordedResponses}): a file
 * is the {@code /table} response; a directory holds {@code table.json}, {@code schema.json} and
 * {@code schema/<id>.json}.
 */
public final class StatXploreClient {

    private final StatXploreSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RecordedResponses recorded;
    private final StatXploreHttp http;
    private final RetryingExchange exchange;

    /**
     * @param environment looks up an environment variable by name ({@code System::getenv} in production)
     */
    public StatXploreClient(
            StatXploreSettings settings, Function<String, String> environment, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        ApiKey key = new ApiKey(settings.apiKeyEnv(), environment);
        this.recorded = FileUrls.isFile(settings.baseUrl()) ? new RecordedResponses(settings.baseUrl()) : null;
        this.http = new StatXploreHttp(settings, key);
        this.exchange = new RetryingExchange(http, settings.retry(), sleeper, key);
    }

    /**
     * Lands the answer to {@code queryJson} at {@code target} (replaced if present; the folder must
     * exist). The body is checked to be one whole JSON object before it is moved into place.
     *
     * @throws FetchException one line naming the request, the masked URL and what went wrong
     */
    public TableDownload fetchTable(String queryJson, Path target) {
        if (recorded != null) {
            return recorded.table(target);
        }
        String url = UrlMasker.mask(http.url("table"));
        Throttle throttle = throttle("POST " + url);
        throttle.awaitQuota(rateLimit());
        return exchange.send(
                http.postJson("table", queryJson), throttle, response -> LandedJson.land(response.body(), target, url));
    }

    /**
     * Asks whether the schema below {@code schemaId} (null: the root) changed since {@code knownEtag}
     * (null: never seen, so it has).
     */
    public SchemaCheck checkSchema(String schemaId, String knownEtag) {
        if (recorded != null) {
            return recorded.schema(schemaId, knownEtag);
        }
        String path = schemaId == null ? "schema" : "schema/" + schemaId;
        return exchange.send(
                http.get(path, knownEtag),
                throttle("GET " + UrlMasker.mask(http.url(path))),
                response -> response.statusCode() == 304
                        ? SchemaCheck.unchanged(knownEtag)
                        : SchemaCheck.changed(
                                response.headers().firstValue("ETag").orElse(null),
                                new String(response.body().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** {@code GET /rate_limit}: requests left this hour. Free, so it is asked before every table. */
    RateLimit rateLimit() {
        Throttle throttle = new Throttle(
                clock,
                sleeper,
                settings.maxRateLimitWaits(),
                settings.maxRateLimitWait(),
                "GET " + UrlMasker.mask(http.url("rate_limit")),
                () -> null);
        return exchange.send(
                http.get("rate_limit", null),
                throttle,
                response -> RateLimit.parse(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** Waits for one request; a 429 without a reset header asks {@code /rate_limit} when the limit resets. */
    private Throttle throttle(String request) {
        return new Throttle(
                clock,
                sleeper,
                settings.maxRateLimitWaits(),
                settings.maxRateLimitWait(),
                request,
                () -> rateLimit().reset());
    }
}
