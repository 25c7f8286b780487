package london.observatory.connectors.datastore;

import java.time.Instant;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.FeedSource;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.SingleFileLander;
import london.observatory.fetch.UrlMasker;

/**
 * Lands a London Datastore feed: asks {@code /api/dataset/{id}} which resource the descriptor's rule
 * picks (format, title or file name pattern, newest), then fetches that resource conditionally like any
 * single file, so an unchanged resource (304, or the same bytes) leaves the feed unchanged. A private
 * dataset's key goes with the resource request to the dataset's own origin only (never to a file host
 * it redirects to), so the resource is fetched by a {@link Fetcher} built with the resolver's getter.
 */
public final class DatastoreLander implements Lander {

    private final Fetcher files;
    private final DatastoreResolver resolver;

    /** {@code files}: where resources land and whether conditionally; its requests are the resolver's. */
    public DatastoreLander(Fetcher files, DatastoreResolver resolver) {
        this.files = files;
        this.resolver = resolver;
    }

    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        DatastoreSource source = source(feed.source());
        ResolvedResource resource = resolver.resolve(feed.id(), source, UrlMasker.of(feed.source()));
        Fetcher fetcher =
                files.withGetter(resolver.getterFor(feed.id(), source), resolver.policy(), resolver.sleeper());
        return new SingleFileLander(fetcher).land(feed.withUrl(resource.url()), fetchedAt);
    }

    /** The descriptor's {@code source.dataset} and {@code source.resource} rule, against {@code source.url} as base. */
    static DatastoreSource source(FeedSource source) {
        Map<String, String> rule = source.resource();
        ResourceRule resource = new ResourceRule(
                rule.get("format"),
                rule.get("title"),
                rule.get("filename"),
                Boolean.parseBoolean(rule.getOrDefault("newest", "false")));
        return new DatastoreSource(source.url(), source.dataset(), resource, source.apiKeyEnv());
    }
}
