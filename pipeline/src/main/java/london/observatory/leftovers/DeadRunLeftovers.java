package london.observatory.leftovers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a killed run left in the data directory's known folders, and the write-ahead logs strangers left
 * beside the published databases. Only the holder of the data directory's lock may call it (another run's files
 * in progress look the same), before anything else touches the directory. Exactly these, by name, and nothing
 * else:
 *
 * <ul>
 *   <li>{@code raw/<feed>/<fetch>/manifest.json.tmp}: a landing's manifest being written;
 *   <li>{@code raw/<feed>/<fetch>/.<file>.part}: a ZIP entry being extracted;
 *   <li>{@code raw/<feed>/<fetch>/<file>.partial}: a Stat-Xplore answer being landed;
 *   <li>{@code state/<feed>.json.tmp}: a feed's fetch state being written;
 *   <li>{@code parquet/<table>/.<file>.parquet.tmp}: a table's Parquet file being written;
 *   <li>{@code releases/.<id>.partial/}: a release being built (the whole folder);
 *   <li>{@code .observatory.duckdb.next}, {@code .observatory-open.duckdb.next}: the link to the latest release
 *       being replaced;
 *   <li>{@code observatory.duckdb.next} and its {@code .wal}: a database being built by the one-file publisher;
 *   <li>{@code observatory.duckdb.wal}, {@code observatory-open.duckdb.wal}, beside the data directory's links and
 *       beside each release's databases: nothing of ours writes one (releases are checkpointed and detached before
 *       they go live, and every reader opens them read-only), so it is what a read-write open that died left.
 *       DuckDB follows the link and writes it beside the release file; a read-only open then replays it, showing
 *       that process's changes as if published, and one that does not match the file fails every open of it
 *       ("WAL does not match database file"). Removing it restores the release as published.
 * </ul>
 *
 * A partition swap a crash interrupted and staged runs are settled by the Parquet store's own recovery.
 */
public final class DeadRunLeftovers {

    private static final Logger LOG = LoggerFactory.getLogger(DeadRunLeftovers.class);

    static final List<String> DATABASES = List.of("observatory.duckdb", "observatory-open.duckdb");

    private DeadRunLeftovers() {}

    /** Removes every leftover under {@code dataDir}, logging one line for each; returns what was removed. */
    public static List<Leftover> removeFrom(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        List<Leftover> found = find(data);
        for (Leftover leftover : found) {
            delete(leftover.path());
            LOG.warn(
                    "removed {} ({}), left by a run or a read-write open that died",
                    data.relativize(leftover.path()),
                    leftover.what());
        }
        return found;
    }

    /** What {@link #removeFrom} would remove, in a stable order. */
    static List<Leftover> find(Path data) {
        List<Leftover> found = new ArrayList<>();
        for (Path fetch : children(data.resolve("raw"), DeadRunLeftovers::isFolder).stream()
                .flatMap(feed -> children(feed, DeadRunLeftovers::isFolder).stream())
                .toList()) {
            for (Path file : children(fetch, DeadRunLeftovers::isFile)) {
                String name = file.getFileName().toString();
                if (name.equals("manifest.json.tmp")) {
                    found.add(new Leftover(file, "a landing's manifest being written"));
                } else if (name.startsWith(".") && name.endsWith(".part")) {
                    found.add(new Leftover(file, "a ZIP entry being extracted"));
                } else if (name.endsWith(".partial")) {
                    found.add(new Leftover(file, "a Stat-Xplore answer being landed"));
                }
            }
        }
        for (Path file : children(data.resolve("state"), DeadRunLeftovers::isFile)) {
            if (file.getFileName().toString().endsWith(".json.tmp")) {
                found.add(new Leftover(file, "a feed's fetch state being written"));
            }
        }
        for (Path table : children(data.resolve("parquet"), DeadRunLeftovers::isFolder)) {
            for (Path file : children(table, DeadRunLeftovers::isFile)) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".parquet.tmp")) {
                    found.add(new Leftover(file, "a Parquet file being written"));
                }
            }
        }
        for (Path release : children(data.resolve("releases"), DeadRunLeftovers::isFolder)) {
            String name = release.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".partial")) {
                found.add(new Leftover(release, "a release being built"));
            } else {
                walsBeside(release, "a release's database", found);
            }
        }
        for (String database : DATABASES) {
            existing(data.resolve("." + database + ".next"), "the link to the latest release being replaced", found);
        }
        existing(data.resolve("observatory.duckdb.next"), "a database being built", found);
        existing(data.resolve("observatory.duckdb.next.wal"), "the write-ahead log of a database being built", found);
        walsBeside(data, "the link to the latest release", found);
        return found;
    }

    private static void walsBeside(Path dir, String beside, List<Leftover> found) {
        for (String database : DATABASES) {
            existing(dir.resolve(database + ".wal"), "a write-ahead log beside " + beside, found);
        }
    }

    private static void existing(Path path, String what, List<Leftover> found) {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            found.add(new Leftover(path, what));
        }
    }

    private static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path);
    }

    private static List<Path> children(Path dir, Predicate<Path> which) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(which).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Deletes a file or link, or a folder and everything in it, never following a link out of the data directory. */
    private static void delete(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> paths = Files.walk(path)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path + ", left by a run that died: " + e.getMessage(), e);
        }
    }
}
