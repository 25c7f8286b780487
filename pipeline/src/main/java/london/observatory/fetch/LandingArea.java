package london.observatory.fetch;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/** {@code <dataDir>/raw/<feed>/<timestamp>/}: where one fetch's page files and manifest land. */
final class LandingArea {

    /** UTC, basic ISO form, sorts by time: {@code 20261122T024500Z}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path feedDir;
    private final Path dir;

    LandingArea(Path dataDir, String feedId, Instant fetchedAt) {
        this.feedDir = dataDir.resolve("raw").resolve(FeedIds.checked(feedId));
        this.dir = feedDir.resolve(TIMESTAMP.format(fetchedAt));
    }

    Path dir() {
        return dir;
    }

    Path pageFile(int index, String extension) {
        return dir.resolve(String.format("page-%05d.%s", index, extension));
    }

    Path manifestFile() {
        return dir.resolve("manifest.json");
    }

    /** An empty folder; a restart with the same timestamp fetches again from scratch. */
    void prepare() throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
    }

    /** Removes the folder, and the feed's folder if that leaves it empty. */
    void remove() throws IOException {
        deleteTree(dir);
        try {
            Files.deleteIfExists(feedDir);
        } catch (DirectoryNotEmptyException earlierFetchesRemain) {
            // other timestamps of this feed are kept
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
