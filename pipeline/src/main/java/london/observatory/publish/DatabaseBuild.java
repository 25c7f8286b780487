package london.observatory.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;

/**
 * Fills one DuckDB database from the Parquet tree and runs the data tests on it, then creates the analyst
 * views and the {@link DataDictionary} of every table and view. The database holds everything, or, with an
 * {@link OpenTier}, what open outputs may show. Every statement gets its own {@link Statement}: after a
 * failure the driver closes the statement.
 */
final class DatabaseBuild {

    // Offline: an extension miss must fail at once rather than try a download. UTC: the Parquet
    // timestamps are UTC-adjusted and the cast to TIMESTAMP would otherwise use the JVM's zone.
    private static final List<String> SETTINGS = List.of(
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            "SET TimeZone = 'UTC'",
            "SET preserve_insertion_order = false");

    private final Connection connection;
    private final List<TableSchema> schemas;
    private final ParquetSources sources;
    private final Optional<OpenTier> tier;

    DatabaseBuild(Connection connection, List<TableSchema> schemas, ParquetSources sources, Optional<OpenTier> tier) {
        this.connection = connection;
        this.schemas = schemas;
        this.sources = sources;
        this.tier = tier;
    }

    /** Builds a fresh database whole. */
    Map<String, Long> run(ClassLoader views) throws SQLException {
        begin();
        for (TableSchema schema : schemas) {
            execute(TableDdl.createTable(schema, tier.isPresent()));
            TableDdl.comments(schema, tier.isPresent()).forEach(this::execute);
        }
        schemas.forEach(schema -> load(schema, sources.readParquet(schema)));
        check(DataChecks.afterLoad(schemas));
        return finish(views);
    }

    /**
     * Brings a copy of the previous release's database of the same tier up to date with {@code changes}: the
     * changed observation partitions are deleted and loaded again from their files, a per-run table that only
     * gained files gains their rows, each other changed small table is emptied and loaded again, and the checks
     * run on what changed (keys of the changed rows against the whole table; every reference, which is cheap). An
     * open database also loses the rows its release added (the protected counts of record-derived feeds, made
     * again by the release), unless {@code madeRowsStay}: the release keeps them because nothing they are made
     * from changed. The views and the dictionary stay: the previous database is of the same
     * {@link DuckDbPublisher#format}, so they are the ones this software makes. {@code whole}: the previous
     * database is an empty one, every row is new, and the checks are a whole build's.
     */
    Map<String, Long> update(ParquetChanges changes, boolean whole, boolean madeRowsStay) throws SQLException {
        begin();
        prepareChecks(changes.partitions());
        tier.filter(open -> !madeRowsStay)
                .ifPresent(open -> execute("DELETE FROM " + Sql.identifier(TableSchema.OBSERVATIONS) + " WHERE "
                        + OpenTier.contains(open.recordFeeds())));
        for (TableSchema schema : schemas) {
            if (!schema.partitionedBy().isEmpty()) {
                execute(
                        "DELETE FROM " + Sql.identifier(schema.table()) + " t USING " + DataChecks.CHANGED_PARTITIONS
                                + " c WHERE c.feed = t.feed AND c.period = t.period",
                        "removing the changed partitions of " + schema.table());
                load(schema, sources.readFiles(schema, changes.currentFiles()));
            } else if (!whole && changes.added().containsKey(schema.table())) {
                addRuns(schema, sources.readFiles(schema, changes.added().get(schema.table())));
            } else if (changes.tables().contains(schema.table())) {
                execute("DELETE FROM " + Sql.identifier(schema.table()));
                load(schema, sources.readParquet(schema));
            }
        }
        check(whole ? DataChecks.afterLoad(schemas) : DataChecks.afterUpdate(schemas, changes));
        Map<String, Long> counts = rowCounts();
        commit();
        return counts;
    }

    /**
     * Makes a copy of the open database built from {@code files} into the full one: the restricted columns are
     * added, the observations of the feeds the open tier leaves out are loaded, the per-run tables get those
     * feeds' rows from those feeds' files, and the other tables whose open rows are rewritten are loaded whole.
     * Keys are checked for the added rows against the whole table, as after an update; the views stay as they
     * are, and the dictionary gains the added columns.
     */
    Map<String, Long> widen(ClassLoader views, OpenTier open, ParquetFiles files) throws SQLException {
        begin();
        for (TableSchema schema : schemas) {
            String table = Sql.identifier(schema.table());
            for (ColumnSpec column : schema.columns()) {
                if (OpenTier.restricted(schema.table(), column.name())) {
                    execute("ALTER TABLE " + table + " ADD COLUMN " + TableDdl.definition(column));
                    execute(TableDdl.comment(schema, column));
                }
            }
        }
        List<ParquetChanges.Partition> closed = files.partitions().stream()
                .filter(p -> open.closedFeeds().contains(p.feed()))
                .toList();
        prepareChecks(closed);
        for (TableSchema schema : schemas) {
            if (!schema.partitionedBy().isEmpty()) {
                load(schema, sources.readFiles(schema, files.filesOf(closed)));
            } else if (ParquetChanges.PER_RUN.contains(schema.table())) {
                // The open feeds' rows are already their own rows: only the closed feeds' are made again, from
                // their files alone, so the cost does not grow with every night's files of every feed.
                String closedFeed = OpenTier.contains(open.closedFeeds());
                execute("DELETE FROM " + Sql.identifier(schema.table()) + " WHERE " + closedFeed);
                load(
                        schema,
                        sources.readFiles(schema, files.perRunFilesOf(schema.table(), open.closedFeeds()))
                                .map(all -> "(SELECT * FROM " + all + " WHERE " + closedFeed + ")"));
                clearedColumnsNotNull(schema);
            } else if (OpenTier.REWRITTEN.contains(schema.table())) {
                execute("DELETE FROM " + Sql.identifier(schema.table()));
                load(schema, sources.readParquet(schema));
                clearedColumnsNotNull(schema);
            }
        }
        check(DataChecks.afterUpdate(schemas));
        new DataDictionary(schemas, ViewDocs.load(views), false).addRestrictedColumns(connection);
        Map<String, Long> counts = rowCounts();
        commit();
        return counts;
    }

    /** Columns the open tier may leave null ({@link OpenTier#cleared}) that the full database may not. */
    private void clearedColumnsNotNull(TableSchema schema) {
        for (ColumnSpec column : schema.columns()) {
            if (OpenTier.cleared(schema.table(), column.name()) && !column.nullable()) {
                execute("ALTER TABLE " + Sql.identifier(schema.table()) + " ALTER COLUMN "
                        + Sql.identifier(column.name()) + " SET NOT NULL");
            }
        }
    }

    /**
     * Adds the rows of files added to a per-run table ({@link ParquetChanges#PER_RUN}) rather than reading its whole
     * history again. Each file is one run of one feed: rows the table already holds for a run and feed of
     * {@code source} (none, unless the previous database was made from more files than it recorded) are
     * replaced, never doubled.
     */
    private void addRuns(TableSchema schema, Optional<String> source) {
        source.ifPresent(added -> execute("DELETE FROM " + Sql.identifier(schema.table())
                + " t USING (SELECT DISTINCT run_id, feed FROM " + added
                + ") s WHERE t.run_id = s.run_id AND t.feed = s.feed"));
        load(schema, source);
    }

    private Map<String, Long> finish(ClassLoader views) throws SQLException {
        for (String[] script : ViewScripts.load(views)) {
            execute(script[1], "view script " + script[0]);
        }
        new DataDictionary(schemas, ViewDocs.load(views), tier.isPresent()).publish(connection);
        Map<String, Long> counts = rowCounts();
        commit();
        return counts;
    }

    /**
     * The temporary tables the checks of an update read: the partitions whose rows are new, and the keys each
     * parent table has before the update.
     */
    private void prepareChecks(Collection<ParquetChanges.Partition> partitions) throws SQLException {
        DataChecks.PARENTS.forEach((parent, key) -> execute("CREATE OR REPLACE TEMP TABLE "
                + DataChecks.keysBefore(parent) + " AS SELECT " + Sql.identifier(key) + " FROM "
                + Sql.identifier(parent)));
        execute("CREATE OR REPLACE TEMP TABLE " + DataChecks.CHANGED_PARTITIONS + " (feed VARCHAR, period VARCHAR)");
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + DataChecks.CHANGED_PARTITIONS + " VALUES (?, ?)")) {
            for (ParquetChanges.Partition partition : partitions) {
                insert.setString(1, partition.feed());
                insert.setString(2, partition.period());
                insert.execute();
            }
        }
    }

    /** Loads the rows of {@code source} this database's tier holds, after checking its NOT NULL columns. */
    private void load(TableSchema schema, Optional<String> source) {
        if (source.isEmpty()) {
            return; // nothing written yet: an empty table, not an error
        }
        DataCheck notNull = DataChecks.notNull(schema, source.get());
        boolean large = !schema.partitionedBy().isEmpty();
        if (!large) {
            check(List.of(notNull));
        }
        String columns = Sql.identifiers(TableDdl.columns(schema, tier.isPresent()).stream()
                .map(ColumnSpec::name)
                .toList());
        String rows = tier.map(open -> open.rows(schema.table(), source.get())).orElse("SELECT * FROM " + source.get());
        try {
            execute(
                    "INSERT INTO " + Sql.identifier(schema.table()) + " (" + columns + ") SELECT " + columns + " FROM ("
                            + rows + ")",
                    "loading " + schema.table());
        } catch (PublishException e) {
            // The observations' NOT NULL columns are left to the table's constraints (a scan of every file
            // fewer); a failed load is then explained as the check would have, naming columns and counts.
            if (large) {
                rollBack(e); // the failed statement aborted the build's transaction; the check needs a new one
                check(List.of(notNull));
            }
            throw e;
        }
    }

    /**
     * The settings, then one transaction for the whole build: a statement on its own would commit, and write
     * the log to disk, each time; a failure rolls everything back as the file is deleted anyway.
     */
    private void begin() throws SQLException {
        SETTINGS.forEach(this::execute);
        connection.setAutoCommit(false);
    }

    private void rollBack(PublishException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Commits the build, then writes it into the file's blocks (no write-ahead log is left beside it). */
    private void commit() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        execute("CHECKPOINT");
    }

    /** Runs every check, then fails with all their messages on one line. */
    private void check(List<DataCheck> checks) {
        List<String> failures = new ArrayList<>();
        for (DataCheck check : checks) {
            try {
                check.run(connection).ifPresent(failures::add);
            } catch (SQLException e) {
                throw new PublishException("check " + check.name() + " could not run: " + firstLine(e), e);
            }
        }
        if (!failures.isEmpty()) {
            throw new PublishException("publish check failed: " + String.join("; ", failures));
        }
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableSchema schema : schemas) {
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM " + Sql.identifier(schema.table()))) {
                rows.next();
                counts.put(schema.table(), rows.getLong(1));
            }
        }
        return counts;
    }

    private void execute(String sql) {
        execute(sql, sql);
    }

    private void execute(String sql, String what) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new PublishException(abbreviate(what) + " failed: " + firstLine(e), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
