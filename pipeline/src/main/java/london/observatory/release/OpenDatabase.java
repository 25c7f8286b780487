package london.observatory.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.ParquetChanges;
import london.observatory.publish.PublishException;
import london.observatory.publish.StorageVersion;

/**
 * Builds {@code observatory-open.duckdb}, what open outputs may show, from the full database of the same
 * release: a new file, written table by table from the full one, so nothing removed from it can linger in
 * the file's free space.
 *
 * <ul>
 *   <li>Restricted feeds that are not record-derived are left out entirely (indicators, observations, runs,
 *       reconciliation).
 *   <li>Record-derived feeds (borough case lists) keep their indicators, marked {@code protected}, and get the
 *       protected LSOA release in place of their exact counts ({@link ProtectedCounts}); their runs keep
 *       only what says when and whether they ran (no row counts, no source location), and their
 *       reconciliation, which holds exact totals, is left out.
 *   <li>The disclosure cell keys ({@code observations.cell_key}) are not copied.
 *   <li>Every view of the full database is made again over these tables, so roll-ups of a protected count
 *       are sums of protected LSOA values.
 * </ul>
 */
final class OpenDatabase {

    private final DisclosureControl disclosure;

    OpenDatabase(DisclosureControl disclosure) {
        this.disclosure = disclosure;
    }

    /**
     * @param recordFeeds feeds counted from record-level data, shown through disclosure control
     * @param withheldFeeds restricted feeds with no open form, left out
     */
    void build(Path full, Path open, Set<String> recordFeeds, Set<String> withheldFeeds) {
        write(full, open, recordFeeds, withheldFeeds, (c, s) -> {
            s.execute("ATTACH " + literal(open) + " AS open_db (STORAGE_VERSION '" + StorageVersion.WRITTEN + "')");
            for (String table : tables(s)) {
                s.execute("CREATE TABLE open_db.main." + table + " AS " + select(table));
            }
        });
    }

    /**
     * Brings a copy of the previous release's open database ({@code open}) up to date with the full database,
     * which was itself updated with {@code changes}: the changed partitions of open feeds are replaced, every
     * other table (all small) is made again, and the protected release is computed again. Only for a previous
     * open database made with the same record-derived and withheld feeds: a feed that became restricted must
     * leave nothing behind in a file's free space, so that needs a {@link #build} from nothing.
     */
    void update(
            Path previousOpen,
            Path full,
            Path open,
            Set<String> recordFeeds,
            Set<String> withheldFeeds,
            ParquetChanges changes) {
        try {
            Files.copy(previousOpen, open, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PublishException(
                    "cannot copy the previous open database " + previousOpen + ": " + e.getMessage(), e);
        }
        write(full, open, recordFeeds, withheldFeeds, (c, s) -> {
            s.execute("ATTACH " + literal(open) + " AS open_db");
            s.execute("CREATE TEMP TABLE changed_partitions (feed VARCHAR, period VARCHAR)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO changed_partitions VALUES (?, ?)")) {
                for (ParquetChanges.Partition partition : changes.partitions()) {
                    insert.setString(1, partition.feed());
                    insert.setString(2, partition.period());
                    insert.execute();
                }
            }
            for (String view : existingViews(s, "open_db")) {
                s.execute("DROP VIEW open_db.main." + view);
            }
            String changed =
                    " EXISTS (SELECT 1 FROM changed_partitions p WHERE p.feed = t.feed AND p.period = t.period)";
            s.execute("DELETE FROM open_db.main.observations t WHERE feed IN (SELECT feed FROM record_feeds) OR"
                    + changed);
            s.execute("INSERT INTO open_db.main.observations SELECT * FROM (" + select("observations") + ") t WHERE"
                    + changed);
            for (String table : tables(s)) {
                if (!table.equals("observations")) {
                    s.execute("DROP TABLE IF EXISTS open_db.main." + table);
                    s.execute("CREATE TABLE open_db.main." + table + " AS " + select(table));
                }
            }
        });
    }

    private interface Tables {
        void write(Connection c, Statement s) throws SQLException;
    }

    /** Attaches the full database, lets {@code tables} attach and fill {@code open_db}, then adds the rest. */
    private void write(Path full, Path open, Set<String> recordFeeds, Set<String> withheldFeeds, Tables tables) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("ATTACH " + literal(full) + " AS full_db (READ_ONLY)");
            s.execute("CREATE TEMP TABLE record_feeds AS SELECT unnest(?::VARCHAR[]) AS feed"
                    .replace("?", array(recordFeeds)));
            s.execute("CREATE TEMP TABLE withheld_feeds AS SELECT unnest(?::VARCHAR[]) AS feed"
                    .replace("?", array(withheldFeeds)));
            tables.write(c, s);
            new ProtectedCounts(disclosure).insert(c);
            for (String view : views(s)) {
                s.execute("USE open_db");
                s.execute(view);
                s.execute("USE memory");
            }
            s.execute("DETACH open_db");
        } catch (SQLException e) {
            throw new PublishException(
                    "building the open database " + open.getFileName() + " failed: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                    e);
        }
    }

    private static List<String> existingViews(Statement s, String database) throws SQLException {
        List<String> views = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT view_name FROM duckdb_views() WHERE database_name = '" + database
                + "' AND NOT internal AND schema_name = 'main'")) {
            while (r.next()) {
                views.add(r.getString(1));
            }
        }
        return views;
    }

    /** What of each table an open output may show. */
    private static String select(String table) {
        String notWithheld = " WHERE feed NOT IN (SELECT feed FROM withheld_feeds)";
        String neither = notWithheld + " AND feed NOT IN (SELECT feed FROM record_feeds)";
        return switch (table) {
            case "observations" -> "SELECT * EXCLUDE (cell_key) FROM full_db.main.observations" + neither;
            case "indicators" ->
                "SELECT * REPLACE (CASE WHEN feed IN (SELECT feed FROM record_feeds)"
                        + " THEN 'protected' ELSE access_tier END AS access_tier) FROM full_db.main.indicators"
                        + notWithheld;
            case "runs" ->
                "SELECT * REPLACE ("
                        + nulledForRecordFeeds("rows_read") + ", " + nulledForRecordFeeds("rows_written") + ", "
                        + nulledForRecordFeeds("rows_quarantined") + ", " + nulledForRecordFeeds("source_url")
                        + ", " + nulledForRecordFeeds("message") + ", " + nulledForRecordFeeds("raw_path") + ", "
                        + nulledForRecordFeeds("sha256") + ") FROM full_db.main.runs" + notWithheld;
            case "reconciliation" -> "SELECT * FROM full_db.main.reconciliation" + neither;
            case "data_dictionary" ->
                "SELECT * FROM full_db.main.data_dictionary WHERE NOT (object_name = "
                        + "'observations' AND column_name = 'cell_key')";
            default -> "SELECT * FROM full_db.main." + table;
        };
    }

    private static String nulledForRecordFeeds(String column) {
        return "CASE WHEN feed IN (SELECT feed FROM record_feeds) THEN NULL ELSE " + column + " END AS " + column;
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = s.executeQuery(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = 'full_db' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    /**
     * The full database's views, as the SQL that made them, in the order the shipped views are made (a view
     * may use one made before it; a comment on a view changes its catalogue id, so that is no guide).
     */
    private static List<String> views(Statement s) throws SQLException {
        Map<String, String> byName = new HashMap<>();
        try (ResultSet r = s.executeQuery(
                "SELECT view_name, sql FROM duckdb_views() WHERE database_name = 'full_db' AND NOT internal")) {
            while (r.next()) {
                byName.put(r.getString(1), r.getString(2));
            }
        }
        List<String> views = new ArrayList<>();
        for (String name : DuckDbPublisher.viewOrder()) {
            String sql = byName.remove(name);
            if (sql != null) {
                views.add(sql);
            }
        }
        if (!byName.isEmpty()) {
            throw new SQLException("views not among the shipped ones: " + new TreeSet<>(byName.keySet()));
        }
        return views;
    }

    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** Feed ids are checked by the descriptor schema (letters, digits, '-'); quoted all the same. */
    private static String array(Set<String> values) {
        List<String> quoted = values.stream()
                .sorted()
                .map(v -> "'" + v.replace("'", "''") + "'")
                .toList();
        return "[" + String.join(", ", quoted) + "]";
    }
}
