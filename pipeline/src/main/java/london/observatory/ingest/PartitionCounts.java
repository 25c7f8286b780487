package london.observatory.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import london.observatory.parquet.DuckDbFileList;

/**
 * Counts the rows and distinct area codes of observation partitions (folders of Parquet part files) with an
 * in-memory DuckDB, which reads only the {@code area_code} column. Open one per check, close it after.
 */
final class PartitionCounts implements AutoCloseable {

    private final Connection connection;

    PartitionCounts() {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot open an in-memory DuckDB to count partitions: " + e.getMessage(), e);
        }
    }

    /** The partition's counts; null when the folder holds no Parquet file (nothing there to compare). */
    PeriodCounts of(Path partition) {
        List<Path> files = partFiles(partition);
        if (files.isEmpty()) {
            return null;
        }
        try (Statement statement = connection.createStatement();
                ResultSet counts =
                        statement.executeQuery("SELECT count(*), count(DISTINCT area_code) FROM read_parquet("
                                + DuckDbFileList.of(files) + ")")) {
            counts.next();
            return new PeriodCounts(counts.getLong(1), counts.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + partition + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> partFiles(Path partition) {
        if (!Files.isDirectory(partition)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(partition)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")
                            && !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + partition, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // an in-memory database: nothing is lost with it
        }
    }
}
