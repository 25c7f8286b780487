package london.observatory.feeds.datastore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import london.observatory.fetch.FeedStateStore;
import london.observatory.fetch.FetchResult;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.PageSequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a Datastore feed: {@link DatastoreResolver resolves} the resource, skips it when its
 * {@code check_hash} equals the last committed one, and otherwise lands it with the fetch layer's
 * conditional GET ({@code If-None-Match}/{@code If-Modified-Since} from the last committed fetch, 304
 * or identical bytes → UNCHANGED) in {@code <dataDir>/raw/<feed>/<timestamp>/page-00000.<format>}.
 * Nothing is saved: after committing, the job saves {@link LandedResource#stateAfterCommit()} to the
 * fetcher's {@code FeedStateStore} and {@link LandedResource#resourceStateAfterCommit()} to
 * {@link #resourceStates()}.
 */
public final class DatastoreFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(DatastoreFetcher.class);

    private final Path dataDir;
    private final DatastoreResolver resolver;
    private final ResourceStateStore resourceStates;

    public DatastoreFetcher(Path dataDir, DatastoreResolver resolver) {
        this.dataDir = dataDir;
        this.resolver = resolver;
        this.resourceStates = new ResourceStateStore(dataDir);
    }

    public static DatastoreFetcher standard(Path dataDir) {
        return new DatastoreFetcher(dataDir, DatastoreResolver.standard());
    }

    /** Where the job saves {@link LandedResource#resourceStateAfterCommit()}. */
    public ResourceStateStore resourceStates() {
        return resourceStates;
    }

    /** Where the job saves {@link LandedResource#stateAfterCommit()} (the fetch layer's validators). */
    public FeedStateStore states() {
        return new FeedStateStore(dataDir);
    }

    /**
     * Lands one fetch of {@code feedId} from {@code source}, stamped {@code fetchedAt} (the run's timestamp).
     *
     * @throws london.observatory.fetch.FetchException one line, if the dataset or the resource cannot be fetched
     */
    public LandedResource fetch(String feedId, DatastoreSource source, Instant fetchedAt) {
        ResolvedResource resolved = resolver.resolve(feedId, source);
        Optional<ResourceState> previous = resourceStates.load(feedId);
        if (previous.isPresent() && previous.get().sameVersionAs(resolved)) {
            LOG.info("{}: unchanged, resource {} of {} has the check_hash of the last committed fetch",
                    feedId, resolved.resource().id(), source.dataset());
            return new LandedResource(resolved, null);
        }
        Fetcher fetcher = new Fetcher(dataDir, resolver.getterFor(feedId, source), resolver.policy(), resolver.sleeper());
        FetchResult result = fetcher.fetch(feedId, fetchedAt, new OneFile(resolved.url(), resolved.fileExtension()));
        return new LandedResource(resolved, result);
    }

    /** A resource is one file: no paging. */
    private record OneFile(String firstUrl, String fileExtension) implements PageSequence {
        @Override
        public Optional<String> next(Path landedPage) {
            return Optional.empty();
        }
    }
}
