package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import london.observatory.crash.CrashPoint;
import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes rows of one canonical table to one local Parquet file, never visible half-written:
 * rows go to {@code .<name>.tmp} beside the target; {@link #finish()} closes it, re-reads the
 * footer ({@link ParquetFooter}), checks the row count and renames it into place atomically. {@link #close()} without a
 * successful {@code finish()} deletes the temp file, so a failure leaves nothing at the target:
 *
 * <pre>{@code
 * try (var writer = ParquetTableWriter.create(target, schema, binder, WriterOptions.DEFAULT)) {
 *     writer.writeAll(rows);
 *     writer.finish();
 * }
 * }</pre>
 *
 * Not thread-safe: one writer per thread.
 */
public final class ParquetTableWriter<T> implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final ParquetWriter<T> writer;
    private long rows;
    private boolean open = true;
    private boolean broken;
    private boolean finished;

    private ParquetTableWriter(Path target, Path temp, ParquetWriter<T> writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    public static <T> ParquetTableWriter<T> create(
            Path target, TableSchema schema, RowBinder<T> binder, WriterOptions options) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        var support = new BinderWriteSupport<>(
                ParquetSchemas.messageType(schema),
                Map.of("observatory.table", schema.table()),
                binder,
                new RowWriter(schema));
        LocalParquetBuilder<T> builder = LocalParquetBuilder.of(temp, support)
                .withCompressionCodec(options.zstd() ? CompressionCodecName.ZSTD : CompressionCodecName.UNCOMPRESSED)
                .withRowGroupSize(options.rowGroupBytes())
                .withDictionaryEncoding(true)
                // Page size statistics serve planners we do not have; measured at several % of write time.
                .withSizeStatisticsEnabled(false)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE); // a temp file left by a crash is garbage
        for (ColumnSpec column : schema.columns()) {
            if (column.isHighCardinality()) {
                builder = builder.withDictionaryEncoding(column.name(), false)
                        .withStatisticsEnabled(column.name(), false);
            }
        }
        ParquetWriter<T> writer = builder.build();
        return new ParquetTableWriter<>(target, temp, writer);
    }

    public void write(T row) throws IOException {
        if (!open || broken) {
            throw new IllegalStateException("writer for " + target + " is " + (broken ? "broken" : "closed"));
        }
        try {
            writer.write(row);
            rows++;
        } catch (IOException | RuntimeException e) {
            broken = true; // a half-written record cannot be taken back
            throw e;
        }
    }

    public void writeAll(Iterable<? extends T> batch) throws IOException {
        for (T row : batch) {
            write(row);
        }
    }

    public long rowsWritten() {
        return rows;
    }

    public Path target() {
        return target;
    }

    /** Closes the file, checks its footer and moves it to the target name; returns the row count. */
    public long finish() throws IOException {
        closeAndCheck();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
        CrashPoint.AFTER_PARQUET_PART.reach();
        return rows;
    }

    /**
     * As {@link #finish()}, except that a file with the very bytes of the one at the target is discarded and the
     * target left as it was, its modification time included: the publisher then sees the table unchanged and does
     * not load it again. Returns whether the target was replaced.
     */
    public boolean finishIfChanged() throws IOException {
        closeAndCheck();
        if (Files.isRegularFile(target) && Files.mismatch(temp, target) == -1L) {
            Files.delete(temp);
            finished = true;
            return false;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
        CrashPoint.AFTER_PARQUET_PART.reach();
        return true;
    }

    private void closeAndCheck() throws IOException {
        if (broken || !open) {
            throw new IllegalStateException("cannot finish " + target + ": " + (broken ? "a write failed" : "closed"));
        }
        open = false;
        writer.close();
        long inFooter = footerRowCount(temp);
        if (inFooter != rows) {
            throw new IOException(temp + " footer says " + inFooter + " rows, " + rows + " were written");
        }
    }

    /** Discards the file unless {@link #finish()} succeeded. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        try {
            if (open) {
                open = false;
                writer.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // Discarding anyway: the temp file is deleted below.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static long footerRowCount(Path file) throws IOException {
        return ParquetFooter.rowCount(file);
    }
}
