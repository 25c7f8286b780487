package london.observatory.connectors.statxplore;

import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Stat-Xplore parts of a feed descriptor's source: {@code source.body}, the {@code POST /table}
 * query as a JSON object, and {@code source.apiKeyEnv}, the name of the variable holding the API key.
 *
 * @param body      the query, as compact JSON text, ready to post
 * @param apiKeyEnv the variable's name ({@code STATXPLORE_API_KEY} when the descriptor gives none)
 */
public record StatXploreQuery(String body, String apiKeyEnv) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The query of a loaded descriptor. */
    public static StatXploreQuery of(FeedSource source) {
        JsonNode body = source.body();
        if (body == null || !body.isObject()) {
            throw new IllegalStateException("source.body must be the /table query as a JSON object");
        }
        String variable = source.apiKeyEnv() == null ? StatXploreSettings.DEFAULT_API_KEY_ENV : source.apiKeyEnv();
        return new StatXploreQuery(JSON.writeValueAsString(body), variable);
    }

    /** Reads the descriptor at class-path {@code resource} ({@code observatory/feeds/<id>.json}). */
    public static StatXploreQuery fromDescriptor(String resource) {
        return of(Descriptors.read(resource).source());
    }
}
