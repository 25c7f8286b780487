package london.observatory.fetch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Fetches feeds into {@code <dataDir>/raw/<feed>/<timestamp>/}: conditional first request, paging
 * by the feed's {@link PageSequence}, retries by the {@link RetryPolicy}, a manifest per landing,
 * and UNCHANGED when the source has nothing new since the last committed fetch.
 * The timestamp is the caller's (a job parameter), so a re-run lands in the same place.
 */
public final class Fetcher {

    private final Path dataDir;
    private final FeedStateStore states;
    private final RetryingGetter getter;
    private final boolean conditional;

    public Fetcher(Path dataDir, PageGetter http, RetryPolicy retryPolicy) {
        this(dataDir, http, retryPolicy, Sleeper.REAL);
    }

    public Fetcher(Path dataDir, PageGetter http, RetryPolicy retryPolicy, Sleeper sleeper) {
        this(
                dataDir,
                new FeedStateStore(dataDir),
                new RetryingGetter(http, new FileGetter(), retryPolicy, sleeper),
                true);
    }

    private Fetcher(Path dataDir, FeedStateStore states, RetryingGetter getter, boolean conditional) {
        this.dataDir = dataDir;
        this.states = states;
        this.getter = getter;
        this.conditional = conditional;
    }

    /**
     * A fetcher landing in the same place, as conditionally as this one, that makes its requests with {@code http}:
     * for a connector whose requests need their own client (a key for one origin, a POSTed query).
     */
    public Fetcher withGetter(PageGetter http, RetryPolicy retryPolicy, Sleeper sleeper) {
        return new Fetcher(
                dataDir, states, new RetryingGetter(http, new FileGetter(), retryPolicy, sleeper), conditional);
    }

    /**
     * This fetcher, fetching every feed in full: no conditional request, no UNCHANGED for the same bytes as the
     * last committed fetch and no reuse of an earlier uncommitted landing. For a backfill, which means "fetch
     * again" whatever the source says.
     */
    public Fetcher unconditional() {
        return new Fetcher(dataDir, states, getter, false);
    }

    public static Fetcher standard(Path dataDir, Clock clock) {
        return new Fetcher(dataDir, HttpGetter.standard(clock), RetryPolicy.standard());
    }

    /** The store this fetcher reads; the job saves to it after committing a feed's data. */
    public FeedStateStore states() {
        return states;
    }

    /**
     * Lands one fetch of {@code feedId}; throws {@link FetchException} (after writing a FAILED manifest) if it
     * fails. URLs are masked by the default rule ({@link UrlMasker#standard()}).
     */
    public FetchResult fetch(String feedId, Instant fetchedAt, PageSequence pages) {
        return fetch(feedId, UrlMasker.standard(), fetchedAt, pages, null);
    }

    /**
     * As {@link #fetch(String, Instant, PageSequence)}, each URL masked by {@code masker} wherever it is written
     * (manifest, state, log, failure), and each page rewritten by {@code filter} (if not null) as it lands.
     */
    public FetchResult fetch(
            String feedId, UrlMasker masker, Instant fetchedAt, PageSequence pages, LandingFilter filter) {
        LandingArea area = new LandingArea(dataDir, feedId, fetchedAt);
        Optional<FeedState> last = conditional ? states.load(feedId) : Optional.empty();
        return new FetchRun(feedId, masker, fetchedAt, area, last, conditional, getter, filter).run(pages);
    }
}
