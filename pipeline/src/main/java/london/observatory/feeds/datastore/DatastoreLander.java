package london.observatory.feeds.datastore;

import java.time.Instant;
import java.util.Map;
import london.observatory.feed.FeedDescriptor;
import london.observatory.feed.FeedSource;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.SingleFileLander;

/**
 * Lands a London Datastore feed: asks {@code /api/dataset/{id}} which resource the descriptor's rule
 * picks (format, title or file name pattern, newest), then fetches that resource conditionally like any
 * single file, so an unchanged resource (304, or the same bytes) leaves the feed unchanged.
 */
public final class DatastoreLander implements Lander {

    private final Fetcher fetcher;
    private final DatastoreResolver resolver;

    public DatastoreLander(Fetcher fetcher, DatastoreResolver resolver) {
        this.fetcher = fetcher;
        this.resolver = resolver;
    }

    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        ResolvedResource resource = resolver.resolve(feed.id(), source(feed.source()));
        return new SingleFileLander(fetcher).land(feed.withUrl(resource.url()), fetchedAt);
    }

    /** The descriptor's {@code source.dataset} and {@code source.resource} rule, against {@code source.url} as base. */
    static DatastoreSource source(FeedSource source) {
        Map<String, String> rule = source.resource();
        ResourceRule resource = new ResourceRule(rule.get("format"), rule.get("title"), rule.get("filename"),
                Boolean.parseBoolean(rule.getOrDefault("newest", "false")));
        return new DatastoreSource(source.url(), source.dataset(), resource, source.apiKeyEnv());
    }
}
