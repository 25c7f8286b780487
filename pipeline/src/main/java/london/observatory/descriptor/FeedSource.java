package london.observatory.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Where a feed's bytes come from. {@code url} is what the nightly run fetches (http, https or file);
 * {@code realUrl} is the provider's live endpoint, documented so an operator can point the feed at it.
 * {@code query} holds the request parameters in the order the provider documents them. {@code zipEntry}
 * names the file to read when the source is a ZIP archive (Nomis bulk Census downloads). {@code body} is
 * a request body for sources queried by POST (the Stat-Xplore {@code /table} query), and {@code apiKeyEnv}
 * the name of the environment variable holding the source's API key (never the key itself).
 * {@code dataset} and {@code resource} pick a London Datastore dataset's resource ({@code format},
 * {@code title} or {@code filename} patterns, {@code newest}); {@code url} is then the Datastore's base.
 * {@code secretParameters} names query parameters of this source's URLs that carry a credential, masked
 * wherever a URL is written, besides the ones every feed masks ({@code fetch.UrlMasker}).
 */
public record FeedSource(
        String family,
        String publisher,
        String url,
        String realUrl,
        Map<String, String> query,
        Integer pageSize,
        String webpage,
        String zipEntry,
        JsonNode body,
        String apiKeyEnv,
        String dataset,
        Map<String, String> resource,
        List<String> secretParameters) {

    public FeedSource {
        secretParameters = secretParameters == null ? List.of() : List.copyOf(secretParameters);
        resource = resource == null ? Map.of() : Map.copyOf(resource);
        pageSize = pageSize == null ? 0 : pageSize; // only paged sources (Nomis) give one
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public FeedSource withUrl(String newUrl) {
        return new FeedSource(
                family,
                publisher,
                newUrl,
                realUrl,
                query,
                pageSize,
                webpage,
                zipEntry,
                body,
                apiKeyEnv,
                dataset,
                resource,
                secretParameters);
    }

    /** Query parameters sorted by name, so requests and manifests are stable. */
    public Map<String, String> sortedQuery() {
        return new TreeMap<>(query);
    }
}
