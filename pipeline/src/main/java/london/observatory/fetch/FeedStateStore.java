package london.observatory.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * {@code <dataDir>/state/<feed>.json}: the validators of the last fetch whose data were committed.
 * The fetcher only reads it; the job saves it after the feed's data are committed, so a run that
 * dies between fetch and commit fetches everything again instead of skipping the feed as unchanged.
 */
public final class FeedStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FeedStateStore.class);

    private final Path stateDir;

    public FeedStateStore(Path dataDir) {
        this.stateDir = dataDir.resolve("state");
    }

    /** The last committed state; empty if none, or if the file is unreadable (then everything is re-fetched). */
    public Optional<FeedState> load(String feedId) {
        Path file = fileOf(feedId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AtomicJson.read(file, FeedState.class));
        } catch (JacksonException e) {
            LOG.warn(
                    "{}: ignoring unreadable fetch state {} ({}); fetching in full",
                    feedId,
                    file,
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** Call only after the data fetched with these validators are committed. */
    public void save(String feedId, FeedState state) {
        saveAt(fileOf(feedId), feedId, state);
    }

    /**
     * Writes the state to {@code file} instead of its place, for a commit that puts it live with the feed's
     * data (see {@link #fileOf}).
     */
    public void saveAt(Path file, String feedId, FeedState state) {
        try {
            Files.createDirectories(file.getParent());
            AtomicJson.write(file, state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save fetch state of " + feedId, e);
        }
    }

    /** Where the feed's state lives: {@code <dataDir>/state/<feed>.json}. */
    public Path fileOf(String feedId) {
        return stateDir.resolve(FeedIds.checked(feedId) + ".json");
    }
}
