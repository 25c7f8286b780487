package london.observatory.freshness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import london.observatory.publish.LiveTables;
import london.observatory.table.TableSchema;

/** Reads {@code feed_status}: from a published database, or from what the runs have recorded so far. */
public final class FeedStatuses {

    private static final String QUERY = "SELECT feed, frequency, last_run_id, last_run_at, last_outcome,"
            + " last_message, last_success_at, last_upstream_change, expected_next_release, late_after_days,"
            + " coalesce(sample, false) FROM feed_status ORDER BY feed";

    private FeedStatuses() {}

    /** Every feed's row of the {@code feed_status} view of a published database. */
    public static List<FeedStatus> read(Connection connection) throws SQLException {
        List<FeedStatus> feeds = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(QUERY)) {
            while (r.next()) {
                int days = r.getInt(10);
                Integer lateAfterDays = r.wasNull() ? null : days;
                feeds.add(new FeedStatus(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        utc(r, 4),
                        r.getString(5),
                        r.getString(6),
                        utc(r, 7),
                        r.getString(8),
                        r.getObject(9, LocalDate.class),
                        lateAfterDays,
                        r.getBoolean(11)));
            }
        }
        return feeds;
    }

    /** The view's clock ({@code as_of}): when the latest run recorded in the database finished; null before any. */
    public static Instant asOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery("SELECT max(finished_at) FROM runs")) {
            r.next();
            return utc(r, 1);
        }
    }

    /**
     * The same rows from the data directory's live Parquet store: every run recorded so far, a run whose publish
     * failed included, which no release shows.
     */
    public static List<FeedStatus> live(Path dataDir) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            LiveTables.load(connection, dataDir, List.of(TableSchema.RUNS, TableSchema.INDICATORS));
            LiveTables.createView(connection, "feed_status.sql");
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot read the feeds' status from " + dataDir.resolve("parquet") + ": " + e.getMessage(), e);
        }
    }

    /** The runs table keeps UTC times without a zone. */
    private static Instant utc(ResultSet row, int column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
