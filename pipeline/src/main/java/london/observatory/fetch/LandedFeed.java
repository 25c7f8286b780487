package london.observatory.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * A fetched feed: the landing (pages in order, manifest) and the number of data rows the
 * pages hold together, which the parse step can reconcile against. {@code expectedRows} is 0 when
 * the feed is UNCHANGED, as there is nothing to parse.
 */
public record LandedFeed(FetchResult fetch, long expectedRows) {

    public String feedId() {
        return fetch.feedId();
    }

    public FetchOutcome outcome() {
        return fetch.outcome();
    }

    public boolean unchanged() {
        return fetch.unchanged();
    }

    public Path landingDir() {
        return fetch.landingDir();
    }

    public List<Path> pages() {
        return fetch.pages();
    }

    public FetchManifest manifest() {
        return fetch.manifest();
    }

    /** Save with {@code FeedStateStore.save(feedId(), ...)} only after this feed's data are committed. */
    public FeedState stateAfterCommit() {
        return fetch.stateAfterCommit();
    }
}
