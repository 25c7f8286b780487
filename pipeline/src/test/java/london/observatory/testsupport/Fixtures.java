package london.observatory.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import london.observatory.observation.Observation;

/** Test data with known totals, and a DuckDB query helper that always closes its connection. */
public final class Fixtures {

    public static final String[] AREAS = {"E01000001", "E01000002", "E01000003"};
    public static final String[] INDICATORS = {"claimant_count", "universal_credit"};

    private Fixtures() {}

    /**
     * {@code perPeriod} rows for each month from {@code firstMonth}: every 10th value null (suppressed),
     * the others {@code i * 0.5} (exact in binary, so sums compare exactly). Keys are unique as long as
     * {@code perPeriod <= AREAS.length * INDICATORS.length * 1000}.
     */
    public static List<Observation> observations(LocalDate firstMonth, int months, int perPeriod, String runId) {
        List<Observation> rows = new ArrayList<>(months * perPeriod);
        int i = 0;
        for (int m = 0; m < months; m++) {
            LocalDate start = firstMonth.plusMonths(m);
            for (int r = 0; r < perPeriod; r++, i++) {
                rows.add(observation(start, r, i, runId));
            }
        }
        return rows;
    }

    public static Observation observation(LocalDate start, int r, int i, String runId) {
        boolean suppressed = i % 10 == 0;
        String area = r < 6 ? AREAS[r % 3] : "E0199" + String.format("%04d", r);
        return Observation.count(
                INDICATORS[r % 2],
                area,
                "lsoa21",
                start,
                "month",
                suppressed ? null : i * 0.5,
                suppressed ? Observation.FLAG_SUPPRESSED : null,
                suppressed ? "Q" : null,
                area,
                "lsoa21",
                "direct",
                runId);
    }

    /** A row of the {@code indicators} table: an open monthly count on LSOA 2021 of {@code feed}. */
    public static Object[] indicatorRow(String id, String title, String feed) {
        return new Object[] {
            id,
            title,
            "jobs",
            "d",
            "count",
            "count",
            null,
            "nomis",
            "ONS",
            "OGL",
            "https://example.org",
            "lsoa21",
            "monthly",
            "Monthly",
            "open",
            null,
            feed,
            7L
        };
    }

    /** A row of the {@code runs} table: an ingested run of {@code feed} that read 100 rows and wrote {@code written}. */
    public static Object[] runRow(String runId, String feed, Instant startedAt, long written, boolean sample) {
        return new Object[] {
            runId,
            feed,
            startedAt,
            Instant.parse("2024-06-01T02:05:00Z"),
            "ingested",
            null,
            null,
            null,
            null,
            100L,
            written,
            0L,
            null,
            null,
            sample
        };
    }

    /** The sum of the non-null values of {@code count} rows made by {@link #observations}. */
    public static double expectedSum(int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += i % 10 == 0 ? 0 : i * 0.5;
        }
        return sum;
    }

    /** First row of a query, each column as a string (null stays null). */
    public static List<String> queryRow(String sql) throws SQLException {
        return queryRow("jdbc:duckdb:", new Properties(), sql);
    }

    public static List<String> queryRowReadOnly(Path database, String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return queryRow("jdbc:duckdb:" + database, properties, sql);
    }

    private static List<String> queryRow(String url, Properties properties, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                values.add(rows.getString(c));
            }
            return values;
        }
    }
}
