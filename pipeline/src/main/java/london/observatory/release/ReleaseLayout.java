package london.observatory.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where releases live under the data directory: {@code releases/<release-id>/} holds a complete release,
 * {@code releases/.<release-id>.partial/} one being built (never read, removed when its build fails or
 * when a later build finds it), and {@code observatory.duckdb} / {@code observatory-open.duckdb} in the
 * data directory point at the latest release's databases. Release ids sort in build order.
 */
public record ReleaseLayout(Path dataDir) {

    public static final String FULL = "observatory.duckdb";
    public static final String OPEN = "observatory-open.duckdb";
    public static final String SEARCH = "search";
    public static final String MANIFEST = "release.json";

    /** What a release id may be: it names a folder, and a request may ask for one. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    public ReleaseLayout {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path releases() {
        return dataDir.resolve("releases");
    }

    public Path release(String id) {
        return releases().resolve(checked(id));
    }

    Path partial(String id) {
        return releases().resolve("." + checked(id) + ".partial");
    }

    /** The link (or copy) in the data directory that analysts open: the latest release's {@code file}. */
    public Path latest(String file) {
        return dataDir.resolve(file);
    }

    /** Complete releases, oldest first. */
    public List<String> ids() {
        if (!Files.isDirectory(releases())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(releases())) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(MANIFEST)))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> ID.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + releases(), e);
        }
    }

    /** The latest complete release, if any. */
    public Optional<String> latestId() {
        List<String> ids = ids();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
    }

    /** {@code id} if it is a well-formed release id, else an error naming it (it may come from a request). */
    public static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a release id: '" + id + "' (letters, digits, '.', '_' or '-')");
        }
        return id;
    }
}
