package london.observatory.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of one fetch. For LANDED, {@code pages} are the page files in order; for UNCHANGED
 * the list is empty and {@code landingDir} no longer exists.
 */
public record FetchResult(
        String feedId, FetchOutcome outcome, Path landingDir, List<Path> pages, FetchManifest manifest) {

    public FetchResult {
        pages = List.copyOf(pages);
    }

    public boolean unchanged() {
        return outcome == FetchOutcome.UNCHANGED;
    }

    /**
     * The state to save with {@link FeedStateStore#save} once this fetch's data are committed:
     * the first request's URL and validators, and the combined digest.
     */
    public FeedState stateAfterCommit() {
        if (outcome != FetchOutcome.LANDED) {
            throw new IllegalStateException(
                    feedId + ": only a LANDED fetch has new state to save, this one is " + outcome);
        }
        PageRecord first = manifest.requests().get(0);
        return new FeedState(first.url(), first.etag(), first.lastModified(), manifest.sha256());
    }
}
