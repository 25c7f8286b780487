package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import london.observatory.lineage.FeedLineage;
import london.observatory.table.TableSchema;

/**
 * The Parquet side of the data directory:
 * <pre>
 * parquet/observations/feed=&lt;feed&gt;/period=&lt;p&gt;/part-*.parquet   live, hive-partitioned
 * parquet/areas/areas.parquet, parquet/indicators/indicators.parquet
 * parquet/runs/&lt;runId&gt;__&lt;feed&gt;.parquet, parquet/reconciliation/&lt;runId&gt;__&lt;feed&gt;.parquet
 * staging/&lt;feed&gt;/&lt;runId&gt;/period=&lt;p&gt;/...                        a run's output before commit
 * </pre>
 * A run stages its partitions, then {@link #commit} swaps exactly those (feed × period) into the live
 * tree, so a re-run replaces what it owns and never duplicates. Call {@link #recover()} once at
 * start-up, before any feed runs, to finish or drop what a crash interrupted (see {@link PartitionSwap}).
 * One run per feed at a time.
 */
public final class ObservationStore {

    public static final int DEFAULT_MAX_OPEN_WRITERS = 4;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_+:-][A-Za-z0-9._+:-]*");

    private final Path dataDir;
    private final WriterOptions options;
    private final int maxOpenWriters;
    private final TableSchema observations = ObservationBinder.checkSchema(TableSchema.load(TableSchema.OBSERVATIONS));

    public ObservationStore(Path dataDir) {
        this(dataDir, WriterOptions.DEFAULT, DEFAULT_MAX_OPEN_WRITERS);
    }

    public ObservationStore(Path dataDir, WriterOptions options, int maxOpenWriters) {
        this.dataDir = dataDir.toAbsolutePath();
        this.options = options;
        this.maxOpenWriters = maxOpenWriters;
    }

    public Path parquetDir() {
        return dataDir.resolve("parquet");
    }

    public Path observationsDir() {
        return parquetDir().resolve("observations");
    }

    public Path feedDir(String feed) {
        return observationsDir().resolve("feed=" + checkName("feed", feed));
    }

    public Path areasFile() {
        return parquetDir().resolve("areas").resolve("areas.parquet");
    }

    public Path wardBestFitFile() {
        return parquetDir().resolve("ward_best_fit").resolve("ward_best_fit.parquet");
    }

    public Path indicatorsFile() {
        return parquetDir().resolve("indicators").resolve("indicators.parquet");
    }

    public Path runFile(String runId, String feed) {
        return perRunFile("runs", runId, feed);
    }

    public Path reconciliationFile(String runId, String feed) {
        return perRunFile("reconciliation", runId, feed);
    }

    /** One file per run and feed, so a run adds its rows without rewriting history. */
    private Path perRunFile(String table, String runId, String feed) {
        return parquetDir()
                .resolve(table)
                .resolve(checkName("runId", runId) + "__" + checkName("feed", feed) + ".parquet");
    }

    /** A fresh staging directory for this run; first settles whatever an earlier run of the feed left. */
    public ObservationStaging staging(String feed, String runId) throws IOException {
        recoverFeed(feed);
        Path dir = runDir(feed, runId);
        Files.createDirectories(dir);
        return new ObservationStaging(feed, runId, dir, dataDir, options, maxOpenWriters, observations);
    }

    /**
     * Replaces the live partitions of {@code feed} with every partition staged by this run, and puts the
     * run's lineage (its {@code runs} and {@code reconciliation} rows) and any other file staged with
     * {@link ObservationStaging#withCommit} live in the same commit: after a crash, all or none of them are.
     */
    public CommitResult commit(String feed, String runId, FeedLineage lineage) throws IOException {
        Path runDir = stagedRun(feed, runId);
        writeTable(
                TableSchema.load(TableSchema.RUNS),
                PartitionSwap.stagedFor(runDir, dataDir, runFile(runId, feed)),
                lineage.runRows());
        if (!lineage.reconciliation().isEmpty()) {
            writeTable(
                    TableSchema.load(TableSchema.RECONCILIATION),
                    PartitionSwap.stagedFor(runDir, dataDir, reconciliationFile(runId, feed)),
                    lineage.reconciliationRows());
        }
        return swapIn(feed, runId, runDir);
    }

    /** Replaces the live partitions of {@code feed} with every partition staged by this run. */
    public CommitResult commit(String feed, String runId) throws IOException {
        return swapIn(feed, runId, stagedRun(feed, runId));
    }

    /** A feed's lineage when it has no data to commit (unchanged, failed): its own file, written atomically. */
    public void writeLineage(FeedLineage lineage) throws IOException {
        String runId = lineage.run().runId();
        String feed = lineage.run().feed();
        writeTable(TableSchema.load(TableSchema.RUNS), runFile(runId, feed), lineage.runRows());
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
        List<String> partitions = PartitionSwap.rollForward(runDir, feedDir(feed), dataDir);
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
        for (Path runDir : FileTrees.subdirectories(stagingRoot().resolve(checkName("feed", feed)), "")) {
            if (PartitionSwap.begun(runDir)) {
                PartitionSwap.rollForward(runDir, feedDir(feed), dataDir);
            }
            removeRunDir(runDir);
        }
    }

    /** Writes one small table (areas, indicators, a run's row) as a single file; returns the row count. */
    public long writeTable(TableSchema schema, Path file, List<Object[]> rows) throws IOException {
        try (var writer = ParquetTableWriter.create(file, schema, new ArrayRowBinder(schema), options)) {
            writer.writeAll(rows);
            return writer.finish();
        }
    }

    private Path stagingRoot() {
        return dataDir.resolve("staging");
    }

    private Path runDir(String feed, String runId) {
        return stagingRoot().resolve(checkName("feed", feed)).resolve(checkName("runId", runId));
    }

    private void removeRunDir(Path runDir) throws IOException {
        FileTrees.deleteRecursively(runDir);
        FileTrees.deleteIfEmpty(runDir.getParent());
    }

    /** Names become directory names: refuse separators, "..", and leading dots (hidden files). */
    static String checkName(String what, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("unsafe " + what + " for a path: " + name);
        }
        return name;
    }
}
