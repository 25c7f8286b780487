package london.observatory.feeds.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Stat-Xplore parts of a feed descriptor that {@code FeedSource} does not (yet) carry:
 * {@code source.body}, the {@code POST /table} query as a JSON object, and {@code source.apiKeyEnv},
 * the name of the variable holding the API key.
 *
 * @param body      the query, as compact JSON text, ready to post
 * @param apiKeyEnv the variable's name ({@code STATXPLORE_API_KEY} when the descriptor gives none)
 */
public record StatXploreQuery(String body, String apiKeyEnv) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads the descriptor at class-path {@code resource} ({@code observatory/feeds/<id>.json}). */
    public static StatXploreQuery fromDescriptor(String resource) {
        try (InputStream in = StatXploreQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("feed descriptor not found on the class path: " + resource);
            }
            JsonNode source = JSON.readTree(in).path("source");
            JsonNode body = source.path("body");
            if (!body.isObject()) {
                throw new IllegalStateException(resource + ": source.body must be the /table query as a JSON object");
            }
            String variable = source.path("apiKeyEnv").asString(StatXploreSettings.DEFAULT_API_KEY_ENV);
            return new StatXploreQuery(JSON.writeValueAsString(body), variable);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed descriptor " + resource, e);
        }
    }
}
