package london.observatory.fetch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

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

    public Fetcher(Path dataDir, PageGetter http, RetryPolicy retryPolicy) {
        this(dataDir, http, retryPolicy, Sleeper.REAL);
    }

    public Fetcher(Path dataDir, PageGetter http, RetryPolicy retryPolicy, Sleeper sleeper) {
        this.dataDir = dataDir;
        this.states = new FeedStateStore(dataDir);
        this.getter = new RetryingGetter(http, new FileGetter(), retryPolicy, sleeper);
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
        return new FetchRun(feedId, masker, fetchedAt, area, states.load(feedId), getter, filter).run(pages);
    }
}
