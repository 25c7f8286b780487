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

    void insert(Connection c) throws SQLException {
        List<String> spine = spine(c);
        Map<Cells, Map<String, KeyedCount>> releases = exactCounts(c);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO open_db.main.observations (indicator_id,"
                + " area_code, area_level, period_start, period_type, value, ci_lower, ci_upper, flag,"
                + " source_area_code, source_geography, method, run_id, feed, period)"
                + " VALUES (?, ?, 'lsoa21', ?, ?, ?, ?, ?, '" + FLAG + "', ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Cells, Map<String, KeyedCount>> release : releases.entrySet()) {
                Cells cells = release.getKey();
                ProtectedRelease values = disclosure.release(spine, release.getValue());
                for (Map.Entry<String, ProtectedValue> lsoa : values.values().entrySet()) {
                    ProtectedValue value = lsoa.getValue();
                    double band = Z95 * Math.sqrt(value.bandVariance());
                    insert.setString(1, cells.indicatorId());
                    insert.setString(2, lsoa.getKey());
                    insert.setDate(3, cells.periodStart());
                    insert.setString(4, cells.periodType());
                    insert.setDouble(5, value.value());
                    insert.setDouble(6, Math.max(0, value.value() - band));
                    insert.setDouble(7, value.value() + band);
                    insert.setString(8, lsoa.getKey());
                    insert.setString(9, cells.sourceGeography());
                    insert.setString(10, cells.method());
                    insert.setString(11, cells.runId());
                    insert.setString(12, cells.feed());
                    insert.setString(13, cells.period());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
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
