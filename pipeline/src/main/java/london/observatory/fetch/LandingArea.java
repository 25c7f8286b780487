package london.observatory.fetch;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    /**
     * The newest earlier landing of this feed that was never committed: landed whole (its manifest says so) from
     * {@code url}, and not what {@code committedSha256} says the last committed fetch was. A run stopped or killed
     * after its fetch leaves one; the next run may reuse it rather than download the same bytes again.
     */
    Optional<FetchResult> uncommitted(String feedId, String url, String committedSha256) throws IOException {
        if (!Files.isDirectory(feedDir)) {
            return Optional.empty();
        }
        List<Path> earlier;
        try (Stream<Path> dirs = Files.list(feedDir)) {
            earlier = dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName()
                                    .toString()
                                    .compareTo(dir.getFileName().toString())
                            < 0)
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (Path landing : earlier) {
            Path manifestFile = landing.resolve("manifest.json");
            if (!Files.isRegularFile(manifestFile)) {
                continue;
            }
            FetchManifest manifest;
            try {
                manifest = AtomicJson.read(manifestFile, FetchManifest.class);
            } catch (RuntimeException unreadable) {
                continue; // not a landing to trust
            }
            if (manifest.outcome() != FetchOutcome.LANDED
                    || manifest.requests().isEmpty()
                    || !url.equals(manifest.requests().get(0).url())) {
                continue;
            }
            if (manifest.sha256() != null && manifest.sha256().equals(committedSha256)) {
                return Optional.empty(); // the newest landing is the committed one: nothing pending
            }
            List<Path> pages = manifest.requests().stream()
                    .filter(r -> r.file() != null)
                    .map(r -> landing.resolve(r.file()))
                    .toList();
            if (pages.stream().allMatch(Files::isRegularFile)) {
                return Optional.of(new FetchResult(feedId, FetchOutcome.LANDED, landing, pages, manifest));
            }
        }
        return Optional.empty();
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
