package london.observatory.release;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.disclosure.KeyedCount;
import london.observatory.disclosure.ProtectedRelease;
import london.observatory.disclosure.ProtectedValue;

/**
 * The protected LSOA release of every record-derived count, written into the open database: for each
 * indicator and period, every LSOA of the spine gets its protected value (an LSOA with no records gets 0,
 * as one whose few records were perturbed to 0 does, so a row's presence says nothing), flagged
 * {@code perturbed}, with its 95% band as {@code ci_lower}/{@code ci_upper}. The band depends only on the
 * published value, so it reveals nothing either; an aggregate's band comes from the sum of its parts'
 * variances (see the roll-up view).
 */
final class ProtectedCounts {

    static final String FLAG = "perturbed";
    private static final double Z95 = 1.96;

    /** One indicator and period of one feed's run: the cells of one protected LSOA release. */
    private record Cells(
            String indicatorId,
            Date periodStart,
            String periodType,
            String feed,
            String period,
            String runId,
            String method,
            String sourceGeography) {}

    private final DisclosureControl disclosure;

    ProtectedCounts(DisclosureControl disclosure) {
        this.disclosure = disclosure;
    }

    /**
     * The cells whose protected value is not 0 are written one by one (a handful); the zeros, most of the grid,
     * in one statement over the spine, with the band every published 0 carries.
     */
    void insert(Connection c) throws SQLException {
        Map<Cells, Map<String, KeyedCount>> releases = exactCounts(c);
        if (releases.isEmpty()) {
            return;
        }
        List<String> spine = spine(c);
        String columns = "indicator_id, area_code, area_level, period_start, period_type, value, ci_lower, ci_upper,"
                + " flag, source_area_code, source_geography, method, run_id, feed, period";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE protected_cells (indicator_id VARCHAR, period_start DATE, period_type"
                    + " VARCHAR, feed VARCHAR, period VARCHAR, run_id VARCHAR, method VARCHAR, source_geography"
                    + " VARCHAR)");
            s.execute("CREATE TEMP TABLE protected_values AS SELECT " + columns
                    + " FROM open_db.main.observations LIMIT 0");
        }
        try (PreparedStatement nonZero = c.prepareStatement("INSERT INTO protected_values VALUES (?, ?, 'lsoa21', ?,"
                        + " ?, ?, ?, ?, '" + FLAG + "', ?, ?, ?, ?, ?, ?)");
                PreparedStatement group =
                        c.prepareStatement("INSERT INTO protected_cells VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Cells, Map<String, KeyedCount>> release : releases.entrySet()) {
                Cells cells = release.getKey();
                bind(group, 1, cells);
                group.executeUpdate();
                ProtectedRelease values = disclosure.release(spine, release.getValue());
                for (Map.Entry<String, ProtectedValue> lsoa : values.values().entrySet()) {
                    ProtectedValue value = lsoa.getValue();
                    if (value.value() == 0) {
                        continue;
                    }
                    double band = band(value);
                    nonZero.setString(1, cells.indicatorId());
                    nonZero.setString(2, lsoa.getKey());
                    nonZero.setDate(3, cells.periodStart());
                    nonZero.setString(4, cells.periodType());
                    nonZero.setDouble(5, value.value());
                    nonZero.setDouble(6, Math.max(0, value.value() - band));
                    nonZero.setDouble(7, value.value() + band);
                    nonZero.setString(8, lsoa.getKey());
                    nonZero.setString(9, cells.sourceGeography());
                    nonZero.setString(10, cells.method());
                    nonZero.setString(11, cells.runId());
                    nonZero.setString(12, cells.feed());
                    nonZero.setString(13, cells.period());
                    nonZero.executeUpdate();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO open_db.main.observations (" + columns + ") SELECT * FROM protected_values");
            s.execute("INSERT INTO open_db.main.observations (" + columns + ") SELECT g.indicator_id, a.code,"
                    + " 'lsoa21', g.period_start, g.period_type, 0, 0, " + band(disclosure.protect(KeyedCount.EMPTY))
                    + ", '" + FLAG + "', a.code, g.source_geography, g.method, g.run_id, g.feed, g.period FROM"
                    + " protected_cells g CROSS JOIN full_db.main.areas a WHERE a.level = 'lsoa21' AND NOT EXISTS"
                    + " (SELECT 1 FROM protected_values v WHERE v.feed = g.feed AND v.indicator_id = g.indicator_id"
                    + " AND v.period_start = g.period_start AND v.area_code = a.code)");
        }
    }

    private static double band(ProtectedValue value) {
        return Z95 * Math.sqrt(value.bandVariance());
    }

    private static void bind(PreparedStatement statement, int from, Cells cells) throws SQLException {
        statement.setString(from, cells.indicatorId());
        statement.setDate(from + 1, cells.periodStart());
        statement.setString(from + 2, cells.periodType());
        statement.setString(from + 3, cells.feed());
        statement.setString(from + 4, cells.period());
        statement.setString(from + 5, cells.runId());
        statement.setString(from + 6, cells.method());
        statement.setString(from + 7, cells.sourceGeography());
    }

    private static List<String> spine(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT code FROM full_db.main.areas WHERE level = 'lsoa21' ORDER BY code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    /** The exact counts and cell keys of the record-derived feeds, by release. */
    private static Map<Cells, Map<String, KeyedCount>> exactCounts(Connection c) throws SQLException {
        Map<Cells, Map<String, KeyedCount>> releases = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT indicator_id, period_start, period_type, feed, period, run_id,"
                        + " method, source_geography, area_code, value, cell_key FROM full_db.main.observations"
                        + " WHERE feed IN (SELECT feed FROM record_feeds) ORDER BY ALL")) {
            while (r.next()) {
                Cells cells = new Cells(
                        r.getString(1),
                        r.getDate(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8));
                long count = Math.round(r.getDouble(10));
                int cellKey = r.getInt(11);
                if (r.wasNull()) {
                    throw new SQLException(cells.feed() + ": a record-derived count without a cell key ("
                            + r.getString(9) + ", " + cells.period() + "); was it ingested before disclosure control?");
                }
                releases.computeIfAbsent(cells, k -> new HashMap<>())
                        .put(r.getString(9), new KeyedCount(count, cellKey));
            }
        }
        return releases;
    }
}
