package london.observatory.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
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
        this.parquetDir = dataDir.toAbsolutePath().resolve("parquet");
    }

    Optional<String> readParquet(TableSchema schema) {
        Path dir = parquetDir.resolve(schema.table());
        int depth = schema.partitionedBy().size() + 1;
        if (!hasParquet(dir, depth)) {
            return Optional.empty();
        }
        String glob = "*/".repeat(depth - 1) + "*.parquet";
        if (schema.partitionedBy().isEmpty()) {
            return Optional.of("read_parquet(" + Sql.globLiteral(dir, glob) + ", union_by_name = true)");
        }
        String hiveTypes = schema.partitionedBy().stream()
                .map(column -> Sql.literal(column) + ": 'VARCHAR'")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        return Optional.of("read_parquet(" + Sql.globLiteral(dir, glob) + ", hive_partitioning = true, hive_types = {"
                + hiveTypes + "})");
    }

    /** A visible .parquet file exactly {@code depth} levels down (temp files start with a dot). */
    private static boolean hasParquet(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> paths = Files.find(
                dir,
                depth,
                (p, attributes) -> attributes.isRegularFile()
                        && dir.relativize(p).getNameCount() == depth
                        && p.getFileName().toString().endsWith(".parquet")
                        && !p.getFileName().toString().startsWith("."))) {
            return paths.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
