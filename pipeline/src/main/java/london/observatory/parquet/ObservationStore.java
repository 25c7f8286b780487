package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.observatory.lineage.FeedLineage;
import london.observatory.table.TableSchema;

/**
 * The observations' Parquet tree and its commits. A run stages its partitions, then {@link #commit} swaps
 * exactly those (feed × period) into the live tree, with the feed run's lineage, so a re-run replaces what it
 * owns and never duplicates. Call {@link #recover()} once, holding the data directory's lock, before any feed
 * runs, to finish or drop what a crash interrupted (see {@link PartitionSwap}). One run per feed at a time.
 */
public final class ObservationStore {

    public static final int DEFAULT_MAX_OPEN_WRITERS = 4;

    private final ParquetLayout layout;
    private final SmallTables tables;
    private final WriterOptions options;
    private final int maxOpenWriters;
    private final TableSchema observations = ObservationBinder.checkSchema(TableSchema.load(TableSchema.OBSERVATIONS));

    public ObservationStore(Path dataDir) {
        this(new ParquetLayout(dataDir), WriterOptions.DEFAULT, DEFAULT_MAX_OPEN_WRITERS);
    }

    public ObservationStore(ParquetLayout layout, WriterOptions options, int maxOpenWriters) {
        this.layout = layout;
        this.tables = new SmallTables(layout, options);
        this.options = options;
        this.maxOpenWriters = maxOpenWriters;
    }

    public ObservationStore(Path dataDir, WriterOptions options, int maxOpenWriters) {
        this(new ParquetLayout(dataDir), options, maxOpenWriters);
    }

    public Path observationsDir() {
        return layout.observationsDir();
    }

    public Path feedDir(String feed) {
        return layout.feedDir(feed);
    }

    /** A fresh staging directory for this run; first settles whatever an earlier run of the feed left. */
    public ObservationStaging staging(String feed, String runId) throws IOException {
        recoverFeed(feed);
        Path dir = runDir(feed, runId);
        Files.createDirectories(dir);
        return new ObservationStaging(feed, runId, dir, layout.dataDir(), options, maxOpenWriters, observations);
    }

    /**
     * Replaces the live partitions of {@code feed} with every partition staged by this run, and puts the
     * run's lineage (its {@code runs} and {@code reconciliation} rows) and any other file staged with
     * {@link ObservationStaging#withCommit} live in the same commit: after a crash, all or none of them are.
     */
    public CommitResult commit(String feed, String runId, FeedLineage lineage) throws IOException {
        Path runDir = stagedRun(feed, runId);
        tables.lineage(lineage, live -> PartitionSwap.stagedFor(runDir, layout.dataDir(), live));
        return swapIn(feed, runId, runDir);
    }

    /** Replaces the live partitions of {@code feed} with every partition staged by this run. */
    public CommitResult commit(String feed, String runId) throws IOException {
        return swapIn(feed, runId, stagedRun(feed, runId));
    }

    /** A feed's lineage when it has no data to commit (unchanged, failed): its own file, written atomically. */
    public void writeLineage(FeedLineage lineage) throws IOException {
        tables.lineage(lineage);
    }

    private Path stagedRun(String feed, String runId) throws IOException {
        Path runDir = runDir(feed, runId);
        if (!Files.isDirectory(runDir)) {
            throw new IllegalStateException("nothing staged for feed " + feed + " run " + runId + " at " + runDir);
        }
        List<Path> unfinished = FileTrees.filesEndingWith(runDir, ".tmp");
        if (!unfinished.isEmpty()) {
            throw new IllegalStateException("a sink of feed " + feed + " was not finished: " + unfinished.get(0));
        }
        return runDir;
    }

    private CommitResult swapIn(String feed, String runId, Path runDir) throws IOException {
        PartitionSwap.begin(runDir);
        List<String> partitions = PartitionSwap.rollForward(runDir, feedDir(feed), layout.dataDir());
        removeRunDir(runDir);
        return new CommitResult(feed, runId, partitions);
    }

    /** Drops this run's staged output; live data is untouched. */
    public void discard(String feed, String runId) throws IOException {
        removeRunDir(runDir(feed, runId));
    }

    /** Rolls forward every interrupted commit and deletes every uncommitted staging directory. */
    public void recover() throws IOException {
        for (Path feedStaging : FileTrees.subdirectories(stagingRoot(), "")) {
            recoverFeed(feedStaging.getFileName().toString());
        }
    }

    private void recoverFeed(String feed) throws IOException {
        for (Path runDir : FileTrees.subdirectories(stagingRoot().resolve(ParquetLayout.checkName("feed", feed)), "")) {
            if (PartitionSwap.begun(runDir)) {
                PartitionSwap.rollForward(runDir, feedDir(feed), layout.dataDir());
            }
            removeRunDir(runDir);
        }
    }

    private Path stagingRoot() {
        return layout.stagingRoot();
    }

    private Path runDir(String feed, String runId) {
        return layout.stagingDir(feed, runId);
    }

    private void removeRunDir(Path runDir) throws IOException {
        FileTrees.deleteRecursively(runDir);
        FileTrees.deleteIfEmpty(runDir.getParent());
    }
}
