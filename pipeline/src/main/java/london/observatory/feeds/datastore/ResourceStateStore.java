package london.observatory.feeds.datastore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <dataDir>/state/<feed>.datastore.json}: the {@link ResourceState} of the last committed fetch,
 * beside the fetch layer's {@code <feed>.json}. Like that file, the job saves it only after the feed's
 * data are committed; an unreadable one is ignored (the resource is then fetched conditionally).
 */
public final class ResourceStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceStateStore.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path stateDir;

    public ResourceStateStore(Path dataDir) {
        this.stateDir = dataDir.resolve("state");
    }

    public Optional<ResourceState> load(String feedId) {
        Path file = fileOf(feedId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ResourceState.class));
        } catch (JacksonException e) {
            LOG.warn("{}: ignoring unreadable resource state {} ({})", feedId, file, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** Call only after the data of the resource this state describes are committed. */
    public void save(String feedId, ResourceState state) {
        Path file = fileOf(feedId);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(stateDir);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                JSON.writeValue(out, state);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save resource state of " + feedId, e);
        }
    }

    private Path fileOf(String feedId) {
        if (feedId == null || !SLUG.matcher(feedId).matches()) {
            throw new IllegalArgumentException("feed id must be a lower-case slug, was: " + feedId);
        }
        return stateDir.resolve(feedId + ".datastore.json");
    }
}
