package london.observatory.feeds.statxplore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import london.observatory.feed.FeedDescriptor;
import london.observatory.fetch.FileUrls;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.PageGetter;
import london.observatory.fetch.PageResponse;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.SingleFileLander;

/**
 * Lands a Stat-Xplore feed in the raw area like any other: a recorded response ({@code file:} URL) is
 * read as one file; the live API is queried by {@code POST /table} through {@link StatXploreClient}
 * (rate limit, 429 back-off and retries are the client's), landed by a {@link Fetcher} of its own so the
 * manifest, checksum and "same bytes as last time = unchanged" rule are the same as every feed's.
 * {@code /table} has no ETag, so the checksum is what tells an unchanged source.
 */
public final class StatXploreLander implements Lander {

    private final Path dataDir;
    private final Fetcher files;

    public StatXploreLander(Path dataDir, Fetcher files) {
        this.dataDir = dataDir;
        this.files = files;
    }

    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        String url = feed.source().url();
        if (FileUrls.isFile(url)) {
            return new SingleFileLander(files).land(feed, fetchedAt);
        }
        StatXploreQuery query = StatXploreQuery.of(feed.source());
        StatXploreClient client = StatXploreClient.standard(
                StatXploreSettings.defaults().withBaseUrl(url).withApiKeyEnv(query.apiKeyEnv()));
        PageGetter post = (uri, conditional, target) -> {
            TableDownload table = client.fetchTable(query.body(), target);
            return new PageResponse(200, null, null, null, table.bytes(), table.sha256());
        };
        // One attempt: the client has already retried what is worth retrying.
        Fetcher poster = new Fetcher(dataDir, post, new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
        String tableUrl = url.replaceAll("/+$", "") + "/table";
        return new LandedFeed(poster.fetch(feed.id(), fetchedAt, SingleFileLander.onePage(tableUrl, "json")), -1);
    }
}
