package london.observatory.connectors.statxplore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.FileUrls;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.PageGetter;
import london.observatory.fetch.PageResponse;
import london.observatory.fetch.RetryPolicy;
import london.observatory.fetch.SingleFileLander;
import london.observatory.fetch.Sleeper;
import london.observatory.fetch.UrlMasker;

/**
 * Lands a Stat-Xplore feed in the raw area like any other: a recorded response ({@code file:} URL) is
 * read as one file; the live API is queried by {@code POST /table} through {@link StatXploreClient}
 * (rate limit, 429 back-off and retries are the client's), landed by a {@link Fetcher} of its own so the
 * manifest, checksum and "same bytes as last time = unchanged" rule are the same as every feed's.
 * {@code /table} has no ETag, so the checksum is what tells an unchanged source. The settings give the
 * retries and timeouts (the base URL and key variable are the descriptor's); {@code environment} looks the
 * key up by the variable's name.
 */
public final class StatXploreLander implements Lander {

    private final Fetcher files;
    private final StatXploreSettings settings;
    private final Function<String, String> environment;
    private final Sleeper sleeper;
    private final Clock clock;

    public StatXploreLander(
            Fetcher files,
            StatXploreSettings settings,
            Function<String, String> environment,
            Sleeper sleeper,
            Clock clock) {
        this.files = files;
        this.settings = settings;
        this.environment = environment;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        String url = feed.source().url();
        if (FileUrls.isFile(url)) {
            return new SingleFileLander(files).land(feed, fetchedAt);
        }
        StatXploreQuery query = StatXploreQuery.of(feed.source());
        StatXploreClient client = new StatXploreClient(
                settings.withBaseUrl(url).withApiKeyEnv(query.apiKeyEnv()), environment, sleeper, clock);
        PageGetter post = (uri, conditional, target) -> {
            TableDownload table = client.fetchTable(query.body(), target);
            return new PageResponse(200, null, null, null, table.bytes(), table.sha256());
        };
        // One attempt: the client has already retried what is worth retrying.
        Fetcher poster = files.withGetter(post, new RetryPolicy(1, Duration.ZERO, Duration.ZERO), Sleeper.REAL);
        String tableUrl = url.replaceAll("/+$", "") + "/table";
        return new LandedFeed(
                poster.fetch(
                        feed.id(),
                        UrlMasker.of(feed.source()),
                        fetchedAt,
                        SingleFileLander.onePage(tableUrl, "json"),
                        null),
                -1);
    }
}
