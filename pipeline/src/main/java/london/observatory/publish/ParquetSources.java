package london.observatory.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import london.observatory.parquet.DuckDbFileList;
import london.observatory.table.TableSchema;

/**
 * Where each canonical table's Parquet lives under {@code <dataDir>/parquet/<table>/}, as a DuckDB
 * {@code read_parquet} call. Partitioned tables are read with their hive directories
 * ({@code feed=…/period=…}) as VARCHAR columns: left to type inference, {@code period=2021} would
 * become a number. Empty when the folder holds no file yet, so a first run publishes empty tables.
 */
final class ParquetSources {

    private final Path parquetDir;

    ParquetSources(Path dataDir) {
        this.parquetDir = root(dataDir);
    }

    static Path root(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("parquet");
    }

    /**
     * Every visible file of the table, listed here and named to DuckDB one by one (escaped: {@link DuckDbFileList}),
     * never as a pattern, so nothing outside the table's folder can match.
     */
    Optional<String> readParquet(TableSchema schema) {
        Path dir = parquetDir.resolve(schema.table());
        int depth = schema.partitionedBy().size() + 1;
        return read(schema, parquetFiles(dir, depth));
    }

    /** Exactly these files, by their paths under {@code parquet/}; empty when there are none. */
    Optional<String> readFiles(TableSchema schema, List<String> paths) {
        return read(schema, paths.stream().map(parquetDir::resolve).toList());
    }

    private static Optional<String> read(TableSchema schema, List<Path> files) {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(schema, DuckDbFileList.of(files)));
    }

    private static String read(TableSchema schema, String files) {
        if (schema.partitionedBy().isEmpty()) {
            return "read_parquet(" + files + ", union_by_name = true)";
        }
        String hiveTypes = schema.partitionedBy().stream()
                .map(column -> Sql.literal(column) + ": 'VARCHAR'")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        return "read_parquet(" + files + ", hive_partitioning = true, hive_types = {" + hiveTypes + "})";
    }

    /** The visible .parquet files exactly {@code depth} levels down (temp files start with a dot), in path order. */
    private static List<Path> parquetFiles(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.find(
                dir,
                depth,
                (p, attributes) -> attributes.isRegularFile()
                        && dir.relativize(p).getNameCount() == depth
                        && p.getFileName().toString().endsWith(".parquet")
                        && !p.getFileName().toString().startsWith("."))) {
            return paths.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
