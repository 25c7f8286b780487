package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.observation.Observation;
import london.observatory.table.TableSchema;

/**
 * Writes observation chunks into {@code <stagingDir>/period=<p>/part-<worker>-<seq>.parquet}, one
 * open writer per period. At most {@code maxOpenWriters} stay open (least recently used is
 * finished first), which bounds memory: each buffers up to a row group. A later row of a period
 * whose writer was finished opens a new part file. One sink per worker thread; not thread-safe.
 * {@link #finish()} finishes every file; {@link #close()} without it discards the unfinished ones,
 * so a worker that fails inside try-with-resources publishes nothing half-written.
 */
public final class PartitionedObservationSink implements AutoCloseable {

    private final Path stagingDir;
    private final String worker;
    private final int maxOpenWriters;
    private final WriterOptions options;
    private final TableSchema schema;
    private final Map<String, ParquetTableWriter<Observation>> open = new LinkedHashMap<>(16, 0.75f, true);
    private final List<Path> finished = new ArrayList<>();
    private long rowsFinished;
    private int sequence;
    // The last row's period: rows arrive grouped by period, so most rows skip periodPartition()'s strings.
    private LocalDate lastStart;
    private String lastType;
    private ParquetTableWriter<Observation> lastWriter;

    PartitionedObservationSink(
            Path stagingDir, String worker, int maxOpenWriters, WriterOptions options, TableSchema schema) {
        if (maxOpenWriters < 1) {
            throw new IllegalArgumentException("maxOpenWriters must be at least 1: " + maxOpenWriters);
        }
        this.stagingDir = stagingDir;
        this.worker = worker;
        this.maxOpenWriters = maxOpenWriters;
        this.options = options;
        this.schema = ObservationBinder.checkSchema(schema);
    }

    public void write(List<? extends Observation> chunk) throws IOException {
        for (Observation row : chunk) {
            writerFor(row).write(row);
        }
    }

    private ParquetTableWriter<Observation> writerFor(Observation row) throws IOException {
        if (lastWriter != null
                && row.periodStart().equals(lastStart)
                && row.periodType().equals(lastType)) {
            return lastWriter;
        }
        String partition = row.periodPartition();
        ParquetTableWriter<Observation> writer = open.get(partition);
        if (writer == null) {
            evictIfFull();
            writer = newWriter(partition);
            open.put(partition, writer);
        }
        lastStart = row.periodStart();
        lastType = row.periodType();
        lastWriter = writer;
        return writer;
    }

    private void evictIfFull() throws IOException {
        if (open.size() < maxOpenWriters) {
            return;
        }
        Iterator<ParquetTableWriter<Observation>> eldest = open.values().iterator();
        ParquetTableWriter<Observation> writer = eldest.next();
        eldest.remove();
        finish(writer);
    }

    private ParquetTableWriter<Observation> newWriter(String partition) throws IOException {
        String name = String.format("part-%s-%05d.parquet", worker, sequence++);
        Path file = stagingDir.resolve("period=" + partition).resolve(name);
        return ParquetTableWriter.create(file, schema, ObservationBinder.INSTANCE, options);
    }

    private void finish(ParquetTableWriter<Observation> writer) throws IOException {
        if (writer == lastWriter) {
            lastWriter = null;
        }
        try (writer) {
            if (writer.rowsWritten() > 0) {
                rowsFinished += writer.finish();
                finished.add(writer.target());
            }
        }
    }

    /** Finishes every open part file; returns what this sink wrote. */
    public SinkStats finish() throws IOException {
        try {
            while (!open.isEmpty()) {
                evictFirst();
            }
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
        return new SinkStats(rowsFinished, finished);
    }

    private void evictFirst() throws IOException {
        Iterator<ParquetTableWriter<Observation>> first = open.values().iterator();
        ParquetTableWriter<Observation> writer = first.next();
        first.remove();
        finish(writer);
    }

    /** Discards the part files still open; files already finished stay (the staging dir is discarded whole). */
    @Override
    public void close() {
        abort();
    }

    private void abort() {
        for (ParquetTableWriter<Observation> writer : open.values()) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // Best effort: the staging directory is deleted by discard() anyway.
            }
        }
        open.clear();
        lastWriter = null;
    }
}
