package london.observatory.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import london.observatory.table.ResourceIndex;
import london.observatory.table.TableSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(DuckDbPublisher.class);
    private static final Map<String, Path> EMPTY = new ConcurrentHashMap<>();

    private final List<TableSchema> schemas;
    private final ClassLoader resources;
    private final String format;

    public DuckDbPublisher() {
        this.schemas = TABLES.stream().map(TableSchema::load).toList();
        this.resources = DuckDbPublisher.class.getClassLoader();
        this.format = format(resources);
    }

    /**
     * The SHA-256 of the storage version, every table schema's text and every view's script and description:
     * a database of the same format has the same tables, views and dictionary, so an update loads data only.
     */
    private static String format(ClassLoader resources) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        digest.update(StorageVersion.WRITTEN.getBytes(StandardCharsets.UTF_8));
        List<String> files = new ArrayList<>();
        TABLES.forEach(table -> files.add("observatory/tables/" + table + ".json"));
        files.add("observatory/tables/" + DataDictionary.TABLE + ".json");
        for (String script : ResourceIndex.entries(resources, ViewScripts.FOLDER)) {
            files.add(ViewScripts.FOLDER + script);
            files.add(ViewScripts.FOLDER + script.replaceFirst("\\.sql$", ".json"));
        }
        for (String file : files) {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(ResourceIndex.read(resources, file)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
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
            Map<String, Long> counts = build(next, new ParquetSources(dataDir), Optional.empty());
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

    /** A database built before from {@code files}, by software whose tables had this {@link #format()}. */
    public record Previous(Path database, ParquetFiles files, String format) {}

    /**
     * What a build made: each table's row count, the Parquet files it was made from, and, when it started from
     * a previous database, the changes it loaded (empty when it was built whole).
     */
    public record Built(
            Map<String, Long> rowCounts, ParquetFiles files, String format, Optional<ParquetChanges> changes) {

        public Built {
            rowCounts = Map.copyOf(rowCounts);
        }
    }

    /**
     * Builds and checks the database of {@code dataDir}'s Parquet tree at {@code target}, replacing any file
     * there: for a release, whose folder is moved into place only once every part of it is built. A failure
     * leaves no file at {@code target}.
     *
     * <p>With a {@code previous} database of the same {@link #format()}, the build starts from a copy of it and
     * loads only the partitions and tables whose files changed since ({@link ParquetChanges}): a night that
     * changed one month of one feed costs about that month, not the whole history. It builds whole instead when
     * there is no usable previous database, or when deletes have left more than a quarter of the copy's blocks
     * free (the file would keep growing).
     */
    public Built build(Path target, Path dataDir, Optional<Previous> previous, Optional<OpenTier> tier) {
        deleteDatabase(target);
        ParquetFiles files = ParquetFiles.scan(dataDir); // before loading: a later change shows next time
        ParquetSources sources = new ParquetSources(dataDir);
        try {
            Optional<Built> updated = previous.filter(p -> p.format().equals(format))
                    .flatMap(p -> update(target, p, files, sources, tier, false, false));
            if (updated.isPresent()) {
                return updated.get();
            }
            // Whole: every file loaded into a copy of the empty database of this format.
            Optional<Built> whole = update(target, empty(tier.isPresent()), files, sources, tier, true, false);
            if (whole.isPresent()) {
                return new Built(whole.get().rowCounts(), files, format, Optional.empty());
            }
            return new Built(build(target, sources, tier), files, format, Optional.empty());
        } catch (RuntimeException e) {
            throw discardNext(target, e);
        }
    }

    /**
     * Brings a copy of {@code previous} up to date with {@code files} when the only change since is runs' lineage
     * added ({@link ParquetChanges#onlyLineageAdded}: a night on which every feed was unchanged): their rows are
     * added and every other row stays, those the previous release made (protected counts, rates) included. For
     * either database of a release, open ({@code tier}) or full. Empty, leaving no file at {@code target}, when
     * anything else changed or the copy cannot be used; the caller then builds as usual. The caller decides that
     * what the made rows were made from (the disclosure table, the rates' definitions) is the same.
     */
    public Optional<Built> addLineage(
            Path target, Path dataDir, ParquetFiles files, Previous previous, Optional<OpenTier> tier) {
        deleteDatabase(target);
        if (!previous.format().equals(format)
                || !files.changesSince(previous.files()).onlyLineageAdded()) {
            return Optional.empty();
        }
        try {
            return update(target, previous, files, new ParquetSources(dataDir), tier, false, true);
        } catch (RuntimeException e) {
            throw discardNext(target, e);
        }
    }

    /**
     * Makes the full database at {@code target} from the {@code open} database of the same {@code files}: a
     * copy of it with what {@code tier} leaves out added (see {@link DatabaseBuild#widen}). Everything is written
     * once, in the open database; the full one costs a file copy and the restricted rows, which are few. A
     * failure leaves no file at {@code target}.
     */
    public Map<String, Long> widen(Path open, Path target, Path dataDir, OpenTier tier, ParquetFiles files) {
        deleteDatabase(target);
        try {
            Files.copy(open, target);
        } catch (IOException e) {
            throw new PublishException("cannot copy " + open + " to " + target + ": " + e.getMessage(), e);
        }
        try (Connection connection = StorageVersion.open(target)) {
            Map<String, Long> counts = new DatabaseBuild(
                            connection, schemas, new ParquetSources(dataDir), Optional.empty())
                    .widen(resources, tier, files);
            StorageVersion.detach(connection);
            return counts;
        } catch (SQLException e) {
            throw discardNext(
                    target,
                    new PublishException(
                            "building " + target.getFileName() + " failed: " + DatabaseBuild.firstLine(e), e));
        } catch (RuntimeException e) {
            throw discardNext(target, e);
        }
    }

    /** Identifies the tables' layout and the storage version: a previous database of another format is not updated. */
    public String format() {
        return format;
    }

    /** Empty when the previous database cannot be copied or opened, or is too fragmented to update. */
    /**
     * {@code whole}: the previous database is an empty one, so every row is new and the checks are those of a
     * build from nothing.
     */
    private Optional<Built> update(
            Path target,
            Previous previous,
            ParquetFiles files,
            ParquetSources sources,
            Optional<OpenTier> tier,
            boolean whole,
            boolean madeRowsStay) {
        try {
            Files.copy(previous.database(), target, StandardCopyOption.REPLACE_EXISTING);
            ownerMayWrite(target); // the copy keeps a published file's mode, which is read-only
        } catch (IOException e) {
            LOG.warn("building whole: cannot copy the previous database {}: {}", previous.database(), e.getMessage());
            deleteDatabase(target);
            return Optional.empty();
        }
        Connection connection;
        try {
            connection = StorageVersion.open(target);
        } catch (SQLException e) {
            LOG.warn("building whole: cannot open the previous database {}: {}", previous.database(), e.getMessage());
            deleteDatabase(target);
            return Optional.empty();
        }
        try (connection) {
            if (fragmented(connection)) {
                LOG.info("building whole: deletes have left over a quarter of {} free", previous.database());
                connection.close();
                deleteDatabase(target);
                return Optional.empty();
            }
            ParquetChanges changes = files.changesSince(previous.files());
            Map<String, Long> counts =
                    new DatabaseBuild(connection, schemas, sources, tier).update(changes, whole, madeRowsStay);
            StorageVersion.detach(connection);
            return Optional.of(new Built(counts, files, format, Optional.of(changes)));
        } catch (SQLException e) {
            throw new PublishException(
                    "updating " + target.getFileName() + " failed: " + DatabaseBuild.firstLine(e), e);
        }
    }

    /**
     * The empty database of this format, open tier or full, made once per process in a temporary folder: its
     * tables, comments, views and dictionary do not depend on the data, and making them is most of the cost of a
     * small build.
     */
    private Previous empty(boolean open) {
        Path file = EMPTY.computeIfAbsent(format + (open ? "/open" : "/full"), key -> {
            try {
                Path dir = Files.createTempDirectory("observatory-empty-");
                dir.toFile().deleteOnExit();
                Path database = dir.resolve(DATABASE);
                database.toFile().deleteOnExit();
                build(
                        database,
                        new ParquetSources(dir),
                        open ? Optional.of(new OpenTier(Set.of(), Set.of())) : Optional.empty());
                return database;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the empty database", e);
            }
        });
        return new Previous(file, ParquetFiles.scan(file.getParent()), format);
    }

    private static boolean fragmented(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("SELECT free_blocks, total_blocks FROM pragma_database_size()"
                        + " WHERE database_name = current_database()")) {
            return size.next() && size.getLong(1) * 4 > size.getLong(2);
        }
    }

    /**
     * The file is written in the storage version analysts' clients read ({@link StorageVersion}) and
     * detached before returning, so it is complete and the driver lets go of it.
     */
    private Map<String, Long> build(Path next, ParquetSources sources, Optional<OpenTier> tier) {
        deleteDatabase(next);
        try (Connection connection = StorageVersion.create(next)) {
            Map<String, Long> counts = new DatabaseBuild(connection, schemas, sources, tier).run(resources);
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

    /** Gives the owner write permission where files have POSIX permissions (elsewhere a copy is writable). */
    static void ownerMayWrite(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(view.readAttributes().permissions());
            permissions.add(PosixFilePermission.OWNER_WRITE);
            view.setPermissions(permissions);
        }
    }

    private static Path walOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".wal");
    }
}
