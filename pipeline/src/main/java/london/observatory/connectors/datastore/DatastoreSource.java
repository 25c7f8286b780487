package london.observatory.connectors.datastore;

import java.util.regex.Pattern;

/**
 * Where a Datastore feed comes from, as its descriptor states it.
 *
 * @param baseUrl          {@code https://data.london.gov.uk}, or a {@code file:} directory laid out
 *                         like the site (see {@link DatastoreResolver})
 * @param dataset          the dataset's slug or short id ({@code personal-insolvency-statistics-borough})
 * @param resource         which of its resources to read
 * @param authorizationEnv for a private dataset, the name of the environment variable holding the API
 *                         key sent as {@code Authorization}; null for public data. The key itself never
 *                         appears in a descriptor, a log, a manifest or a state file.
 */
public record DatastoreSource(String baseUrl, String dataset, ResourceRule resource, String authorizationEnv) {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public DatastoreSource {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("a Datastore source needs a base URL");
        }
        if (dataset == null || !SLUG.matcher(dataset).matches()) {
            throw new IllegalArgumentException("Datastore dataset must be a slug or short id, was: " + dataset);
        }
        if (resource == null) {
            throw new IllegalArgumentException("Datastore dataset " + dataset + " needs a resource rule");
        }
    }

    /** A public dataset. */
    public static DatastoreSource of(String baseUrl, String dataset, ResourceRule resource) {
        return new DatastoreSource(baseUrl, dataset, resource, null);
    }

    public DatastoreSource withBaseUrl(String url) {
        return new DatastoreSource(url, dataset, resource, authorizationEnv);
    }
}
