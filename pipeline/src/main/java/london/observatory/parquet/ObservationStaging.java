package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import london.observatory.table.TableSchema;

/**
 * A feed run's private staging directory, {@code <dataDir>/staging/<feed>/<runId>/}. Worker threads
 * each open their own sink here; nothing is visible to readers until
 * {@link ObservationStore#commit(String, String)}. Opening sinks is thread-safe.
 */
public final class ObservationStaging {

    private static final String PERIOD = "period=";

    private final String feed;
    private final String runId;
    private final Path dir;
    private final Path dataDir;
    private final WriterOptions options;
    private final int maxOpenWriters;
    private final TableSchema schema;
    private final AtomicInteger nextWorker = new AtomicInteger();
    // Part files are named after their worker: two sinks with one name would overwrite each other's files.
    private final Set<String> workers = ConcurrentHashMap.newKeySet();

    ObservationStaging(
            String feed,
            String runId,
            Path dir,
            Path dataDir,
            WriterOptions options,
            int maxOpenWriters,
            TableSchema schema) {
        this.feed = feed;
        this.runId = runId;
        this.dir = dir;
        this.dataDir = dataDir;
        this.options = options;
        this.maxOpenWriters = maxOpenWriters;
        this.schema = schema;
    }

    public String feed() {
        return feed;
    }

    public String runId() {
        return runId;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Where to write a file that must go live in the same commit as the partitions (the feed's lineage
     * rows, its fetch state): the commit moves it to {@code liveFile}, a path under the data directory.
     */
    public Path withCommit(Path liveFile) {
        return PartitionSwap.stagedFor(dir, dataDir, liveFile);
    }

    /** The periods staged so far: the {@code <p>} of each {@code period=<p>/} folder, sorted. */
    public List<String> periods() throws IOException {
        return FileTrees.subdirectories(dir, PERIOD).stream()
                .map(p -> p.getFileName().toString().substring(PERIOD.length()))
                .toList();
    }

    /**
     * Removes one staged period, so the commit leaves that period's live data as they are; returns the rows it
     * held. Call only once every sink has finished (the part files' footers are read).
     */
    public long drop(String period) throws IOException {
        Path partition = dir.resolve(PERIOD + ParquetLayout.checkName("period", period));
        long rows = 0;
        for (Path part : FileTrees.filesEndingWith(partition, ".parquet")) {
            rows += ParquetFooter.rowCount(part);
        }
        FileTrees.deleteRecursively(partition);
        return rows;
    }

    /** A sink for one worker thread, named {@code w<n>} in its part files. */
    public PartitionedObservationSink openSink() {
        return openSink("w" + nextWorker.getAndIncrement());
    }

    /** A sink for one worker thread; {@code worker} must be unique within this staging. */
    public PartitionedObservationSink openSink(String worker) {
        ParquetLayout.checkName("worker", worker);
        if (!workers.add(worker)) {
            throw new IllegalArgumentException("worker " + worker + " already has a sink in " + dir);
        }
        return new PartitionedObservationSink(dir, worker, maxOpenWriters, options, schema);
    }
}
