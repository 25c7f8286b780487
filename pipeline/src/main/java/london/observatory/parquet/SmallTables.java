package london.observatory.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import london.observatory.lineage.FeedLineage;
import london.observatory.table.TableSchema;

/**
 * Writes the small tables, each as one Parquet file written atomically: the reference tables (the spine and
 * the catalogue, made every run and replaced when they changed) and a feed run's lineage ({@code runs} and
 * {@code reconciliation} rows, one file per run and feed).
 */
public final class SmallTables {

    private final ParquetLayout layout;
    private final WriterOptions options;

    public SmallTables(ParquetLayout layout) {
        this(layout, WriterOptions.DEFAULT);
    }

    public SmallTables(ParquetLayout layout, WriterOptions options) {
        this.layout = layout;
        this.options = options;
    }

    /**
     * The reference tables are made every run, and are the same on most nights: a file whose bytes would not
     * change is left as it is (see {@link ParquetTableWriter#finishIfChanged}), so the release is not reloaded
     * with the same rows. Each returns whether the file was replaced.
     */
    public boolean areas(List<Object[]> rows) throws IOException {
        return writeIfChanged(TableSchema.AREAS, layout.areasFile(), rows);
    }

    public boolean wardBestFit(List<Object[]> rows) throws IOException {
        return writeIfChanged(TableSchema.WARD_BEST_FIT, layout.wardBestFitFile(), rows);
    }

    public boolean indicators(List<Object[]> rows) throws IOException {
        return writeIfChanged(TableSchema.INDICATORS, layout.indicatorsFile(), rows);
    }

    /** A feed run's lineage, live at once (a feed with no data to commit: unchanged or failed). */
    public void lineage(FeedLineage lineage) throws IOException {
        lineage(lineage, file -> file);
    }

    /**
     * A feed run's lineage, each file written where {@code place} puts its live path: a commit stages it
     * beside the feed's partitions so that both go live together.
     */
    void lineage(FeedLineage lineage, UnaryOperator<Path> place) throws IOException {
        String runId = lineage.run().runId();
        String feed = lineage.run().feed();
        write(TableSchema.RUNS, place.apply(layout.runFile(runId, feed)), lineage.runRows());
        if (!lineage.reconciliation().isEmpty()) {
            write(
                    TableSchema.RECONCILIATION,
                    place.apply(layout.reconciliationFile(runId, feed)),
                    lineage.reconciliationRows());
        }
    }

    private boolean writeIfChanged(String table, Path file, List<Object[]> rows) throws IOException {
        TableSchema schema = TableSchema.load(table);
        try (var writer = ParquetTableWriter.create(file, schema, new ArrayRowBinder(schema), options)) {
            writer.writeAll(rows);
            return writer.finishIfChanged();
        }
    }

    /** Writes one table as a single file; returns the row count. */
    public long write(String table, Path file, List<Object[]> rows) throws IOException {
        TableSchema schema = TableSchema.load(table);
        try (var writer = ParquetTableWriter.create(file, schema, new ArrayRowBinder(schema), options)) {
            writer.writeAll(rows);
            return writer.finish();
        }
    }
}
