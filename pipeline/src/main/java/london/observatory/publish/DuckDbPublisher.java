package london.observatory.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import london.observatory.table.TableSchema;

/**
 * Publishes {@code <dataDir>/observatory.duckdb} from the Parquet tree. The database is built as
 * {@code observatory.duckdb.next}, checked, checkpointed and closed, then renamed over the live
 * file atomically: readers never see a half-built database, and a failed load or check leaves the
 * live file untouched (the next file is deleted). Readers that hold the old file keep their
 * snapshot; within one JVM they must close every connection to the live path to see the new one
 * (the driver caches one database instance per path). Not for concurrent use with a commit.
 */
public final class DuckDbPublisher {

    public static final String DATABASE = "observatory.duckdb";
    static final String NEXT_SUFFIX = ".next";
    /** The canonical tables published from Parquet, in the order they are created. */
    static final List<String> TABLES = List.of(
            TableSchema.AREAS,
            TableSchema.INDICATORS,
            TableSchema.OBSERVATIONS,
            TableSchema.RUNS,
            TableSchema.RECONCILIATION,
            TableSchema.WARD_BEST_FIT);

    private final List<TableSchema> schemas;
    private final ClassLoader resources;

    public DuckDbPublisher() {
        this.schemas = TABLES.stream().map(TableSchema::load).toList();
        this.resources = DuckDbPublisher.class.getClassLoader();
    }

    /** The shipped views' names in the order they are made: a view may use one made before it. */
    public static List<String> viewOrder() {
        return ViewScripts.load(DuckDbPublisher.class.getClassLoader()).stream()
                .map(script -> script[0].replaceFirst("\\.sql$", ""))
                .toList();
    }

    public PublishResult publish(Path dataDir) {
        long started = System.nanoTime();
        Path live = dataDir.toAbsolutePath().resolve(DATABASE);
        Path next = live.resolveSibling(DATABASE + NEXT_SUFFIX);
        deleteDatabase(next); // stale from a crashed publish: never reused
        try {
            Map<String, Long> counts = build(next, new ParquetSources(dataDir));
            // The WAL of an older live file would be replayed onto the new one.
            Files.deleteIfExists(walOf(live));
            Files.move(next, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new PublishResult(live, counts, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw discardNext(next, new PublishException("cannot move " + next + " into place: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw discardNext(next, e);
        }
    }

    /**
     * Builds and checks the database of {@code dataDir}'s Parquet tree at {@code target}, replacing any file
     * there: for a release, whose folder is moved into place only once every part of it is built. A failure
     * leaves no file at {@code target}.
     */
    public Map<String, Long> buildInto(Path target, Path dataDir) {
        deleteDatabase(target);
        try {
            return build(target, new ParquetSources(dataDir));
        } catch (RuntimeException e) {
            throw discardNext(target, e);
        }
    }

    /**
     * The file is written in the storage version analysts' clients read ({@link StorageVersion}) and
     * detached before returning, so it is complete and the driver lets go of it.
     */
    private Map<String, Long> build(Path next, ParquetSources sources) {
        try (Connection connection = StorageVersion.create(next)) {
            Map<String, Long> counts = new DatabaseBuild(connection, schemas, sources).run(resources);
            StorageVersion.detach(connection);
            return counts;
        } catch (SQLException e) {
            throw new PublishException("building " + next.getFileName() + " failed: " + DatabaseBuild.firstLine(e), e);
        }
    }

    /** Deletes the half-built file; a failure to do so is attached to, never hides, the original error. */
    private static RuntimeException discardNext(Path next, RuntimeException failure) {
        try {
            deleteDatabase(next);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static void deleteDatabase(Path database) {
        try {
            Files.deleteIfExists(database);
            Files.deleteIfExists(walOf(database));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + database, e);
        }
    }

    private static Path walOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".wal");
    }
}
