package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import london.observatory.crash.CrashPoint;

/**
 * Replaces live partition directories with staged ones, crash-safely by rolling forward.
 *
 * <p>Protocol for one staged run {@code staging/<feed>/<runId>/}:
 * <ol>
 *   <li>{@link #begin}: empty staged partitions are dropped, then the marker file {@code COMMITTING}
 *       is created atomically. Before it exists nothing live has changed; after it, the run
 *       counts as committed.</li>
 *   <li>{@link #rollForward}: for each {@code period=<p>} still in the run directory: move the live
 *       {@code feed=<feed>/period=<p>} aside into {@code replaced/}, then move the staged one in
 *       (both same-filesystem atomic renames). A moved-in partition has left the run directory,
 *       so the directory itself is the to-do list.</li>
 *   <li>Then every file under {@code with-commit/} (the feed's lineage rows and fetch state) is moved to
 *       the same relative path under the data directory, so they are live exactly when the data are.</li>
 *   <li>Delete the run directory (marker, replaced partitions and all).</li>
 * </ol>
 * Recovery after a crash at any point: a run directory with the marker is rolled forward again
 * (each step is idempotent); one without the marker never touched live data and is deleted.
 * Between the two renames of a partition (microseconds) readers see that partition missing, so
 * publishing must not run concurrently with a commit.
 */
final class PartitionSwap {

    static final String MARKER = "COMMITTING";
    /** Files that go live with the partitions, laid out as they go under the data directory. */
    static final String WITH_COMMIT = "with-commit";

    private static final String REPLACED = "replaced";
    private static final String PERIOD_PREFIX = "period=";

    private PartitionSwap() {}

    static void begin(Path runDir) throws IOException {
        for (Path staged : FileTrees.subdirectories(runDir, PERIOD_PREFIX)) {
            if (FileTrees.filesEndingWith(staged, ".parquet").isEmpty()) {
                FileTrees.deleteRecursively(staged); // an empty partition must not wipe live data
            }
        }
        Path temp = runDir.resolve("." + MARKER + ".tmp");
        Files.writeString(temp, "roll forward: move every period=* here into the live feed directory\n");
        Files.move(temp, runDir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean begun(Path runDir) {
        return Files.exists(runDir.resolve(MARKER));
    }

    /** Where a file that goes live with the commit at {@code live} (under {@code dataDir}) is staged. */
    static Path stagedFor(Path runDir, Path dataDir, Path live) {
        Path relative = dataDir.relativize(live.toAbsolutePath());
        if (relative.startsWith("..")) {
            throw new IllegalArgumentException(live + " is not under the data directory " + dataDir);
        }
        return runDir.resolve(WITH_COMMIT).resolve(relative);
    }

    /**
     * Moves every staged partition in, then every file staged with the commit; returns the partition names
     * (e.g. {@code period=2024-06}) moved.
     */
    static List<String> rollForward(Path runDir, Path liveFeedDir, Path dataDir) throws IOException {
        Files.createDirectories(liveFeedDir);
        Path replaced = runDir.resolve(REPLACED);
        Files.createDirectories(replaced);
        List<Path> staged = FileTrees.subdirectories(runDir, PERIOD_PREFIX);
        CrashPoint.BEFORE_PARTITION_RENAME.reach();
        for (Path partition : staged) {
            swap(partition, liveFeedDir.resolve(partition.getFileName()), replaced.resolve(partition.getFileName()));
            CrashPoint.MID_SWAP.reach();
        }
        moveWithCommit(runDir, dataDir);
        return staged.stream().map(p -> p.getFileName().toString()).toList();
    }

    /** Moves every file staged to go live with the commit into place; files already moved are gone from here. */
    private static void moveWithCommit(Path runDir, Path dataDir) throws IOException {
        Path root = runDir.resolve(WITH_COMMIT);
        for (Path file : FileTrees.filesEndingWith(root, "")) {
            Path live = dataDir.resolve(root.relativize(file).toString());
            Files.createDirectories(live.getParent());
            Files.move(file, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void swap(Path staged, Path live, Path aside) throws IOException {
        if (Files.exists(live)) {
            FileTrees.deleteRecursively(aside); // not expected: the live copy is the newer one
            Files.move(live, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, live, StandardCopyOption.ATOMIC_MOVE);
    }
}
