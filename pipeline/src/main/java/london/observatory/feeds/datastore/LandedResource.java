package london.observatory.feeds.datastore;

import java.nio.file.Path;
import london.observatory.fetch.FeedState;
import london.observatory.fetch.FetchOutcome;
import london.observatory.fetch.FetchResult;

/**
 * A fetched Datastore feed: the resource chosen and, unless the Datastore's {@code check_hash} showed it
 * unchanged (then {@code fetch} is null and nothing was downloaded), the landing of its conditional GET.
 */
public record LandedResource(ResolvedResource resolved, FetchResult fetch) {

    public FetchOutcome outcome() {
        return fetch == null ? FetchOutcome.UNCHANGED : fetch.outcome();
    }

    public boolean unchanged() {
        return outcome() == FetchOutcome.UNCHANGED;
    }

    /** Skipped on the unchanged {@code check_hash}, without a request for the resource itself. */
    public boolean skippedByCheckHash() {
        return fetch == null;
    }

    /** The landed resource file ({@code page-00000.csv}); only for LANDED. */
    public Path file() {
        if (outcome() != FetchOutcome.LANDED) {
            throw new IllegalStateException("only a LANDED fetch has a file, this one is " + outcome());
        }
        return fetch.pages().get(0);
    }

    /** For {@code FeedStateStore.save}, once the data are committed. */
    public FeedState stateAfterCommit() {
        if (fetch == null) {
            throw new IllegalStateException("only a LANDED fetch has new state to save, this one was skipped by check_hash");
        }
        return fetch.stateAfterCommit();
    }

    /** For {@link ResourceStateStore#save}, once the data are committed. */
    public ResourceState resourceStateAfterCommit() {
        return ResourceState.of(resolved);
    }
}
