package london.observatory.connectors.statxplore;

import java.time.Duration;
import london.observatory.fetch.RetryPolicy;

/**
 * How the Stat-Xplore client reaches the API and how long it may wait for it.
 *
 * @param baseUrl           the API root ({@code https://.../webapi/rest/v1}), or a {@code file:} URL of
 *                          recorded responses (see {@link StatXploreClient})
 * @param apiKeyEnv         the NAME of the environment variable holding the API key, never the key
 * @param retry             attempts and backoff for server errors (5xx, 408) and broken connections
 * @param maxRateLimitWaits how many times one request may wait for the hourly limit to reset
 * @param maxRateLimitWait  the longest one request may spend waiting for resets, all waits together;
 *                          the limit is per hour, so a little over an hour covers any single reset
 * @param connectTimeout    TCP and TLS set-up
 * @param requestTimeout    the wait for response headers; a large {@code /table} is slow to start
 */
public record StatXploreSettings(
        String baseUrl,
        String apiKeyEnv,
        RetryPolicy retry,
        int maxRateLimitWaits,
        Duration maxRateLimitWait,
        Duration connectTimeout,
        Duration requestTimeout) {

    public static final String DEFAULT_BASE_URL = "https://stat-xplore.dwp.gov.uk/webapi/rest/v1";
    public static final String DEFAULT_API_KEY_ENV = "STATXPLORE_API_KEY";

    public StatXploreSettings {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required");
        }
        if (apiKeyEnv == null || apiKeyEnv.isBlank()) {
            throw new IllegalArgumentException("apiKeyEnv (the variable's name) is required");
        }
        if (maxRateLimitWaits < 0 || maxRateLimitWait.isNegative()) {
            throw new IllegalArgumentException("rate-limit waits must not be negative");
        }
        baseUrl = withoutTrailingSlash(baseUrl.strip());
    }

    /** The live API, key from {@code STATXPLORE_API_KEY}, standard retries, at most 3 resets and 65 minutes. */
    public static StatXploreSettings defaults() {
        return new StatXploreSettings(
                DEFAULT_BASE_URL,
                DEFAULT_API_KEY_ENV,
                RetryPolicy.standard(),
                3,
                Duration.ofMinutes(65),
                Duration.ofSeconds(20),
                Duration.ofMinutes(5));
    }

    public StatXploreSettings withBaseUrl(String url) {
        return new StatXploreSettings(
                url, apiKeyEnv, retry, maxRateLimitWaits, maxRateLimitWait, connectTimeout, requestTimeout);
    }

    public StatXploreSettings withApiKeyEnv(String variable) {
        return new StatXploreSettings(
                baseUrl, variable, retry, maxRateLimitWaits, maxRateLimitWait, connectTimeout, requestTimeout);
    }

    private static String withoutTrailingSlash(String url) {
        String s = url;
        while (s.endsWith("/") && !s.endsWith(":/") && !s.endsWith("//")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
