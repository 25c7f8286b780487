package london.observatory.connectors.statxplore;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Optional;
import london.observatory.source.BoundedJson;
import london.observatory.source.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code GET /rate_limit}: {@code {"remaining":1997,"limit":2000,"reset":1677698666699}},
 * requests left this hour, the hourly allowance and when it refills.
 */
record RateLimit(long remaining, long limit, Instant reset) {

    /** The header one client reads on every response; the name is unconfirmed, and headers ignore case. */
    static final String RESET_HEADER = "x-ratelimit-reset";

    /** Epoch values below this are seconds (it is 1973 in milliseconds, the year 5138 in seconds). */
    private static final long SECONDS_CUTOFF = 100_000_000_000L;

    private static final JsonMapper JSON =
            BoundedJson.wholeDocuments(ReadLimits.DEFAULT).build();

    static RateLimit parse(String body) throws StatXploreFormatException {
        try {
            JsonNode root = JSON.readTree(body);
            return new RateLimit(number(root, "remaining"), number(root, "limit"), epoch(number(root, "reset")));
        } catch (JacksonException e) {
            throw new StatXploreFormatException("/rate_limit is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The reset time a 429 (or any response) carries, if it carries a readable one. */
    static Optional<Instant> resetHeader(HttpHeaders headers) {
        return headers.firstValue(RESET_HEADER)
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,19}"))
                .map(value -> epoch(Long.parseLong(value)));
    }

    /**
     * The API gives epoch milliseconds; seconds are accepted too, since the header's unit is not
     * documented and reading seconds as milliseconds would mean never waiting at all.
     */
    static Instant epoch(long value) {
        return value < SECONDS_CUTOFF ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    private static long number(JsonNode root, String name) throws StatXploreFormatException {
        JsonNode value = root == null ? null : root.get(name);
        if (value == null || !value.isIntegralNumber()) {
            throw new StatXploreFormatException("/rate_limit has no whole number \"" + name + "\"");
        }
        return value.longValue();
    }
}
