package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.observatory.RepoFiles;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.SpineRows;
import london.observatory.table.TableSchema;
import org.junit.jupiter.api.Test;

/**
 * The {@code observation_rollups} view shipped in schemas, run in DuckDB over the real London spine
 * and over hand-made rates, estimates and withheld values on the sample spine.
 */
class ObservationRollupsTest {

    private static final LocalDate CENSUS = LocalDate.of(2021, 3, 21);

    @Test
    void census2021ResidentsRollUpToLondonAndEachBoroughEqualsItsLsoas() throws SQLException {
        Geography london = RealLondonData.realLondon();
        Map<String, Long> boroughFromLsoas = new HashMap<>();
        try (Connection db = database(london)) {
            indicator(db, "residents", "count", null);
            List<String> residents = new ArrayList<>();
            for (Area lsoa : london.areas(AreaLevel.LSOA21)) {
                residents.add("('" + lsoa.code() + "', " + lsoa.population() + ")");
                boroughFromLsoas.merge(lsoa.ladCode(), lsoa.population(), Long::sum);
            }
            execute(
                    db,
                    "INSERT INTO observations (indicator_id, area_code, area_level, period_start, period_type, value,"
                            + " source_area_code, source_geography, method, run_id, feed, period) SELECT 'residents', code,"
                            + " 'lsoa21', DATE '" + CENSUS
                            + "', 'census', residents, code, 'lsoa21', 'direct', 'run', 'test',"
                            + " '2021' FROM (VALUES " + String.join(", ", residents) + ") v(code, residents)");
            createViews(db);

            assertThat(query(db, "SELECT value, lsoas, flag FROM observation_rollups WHERE area_level = 'region'"))
                    .isEqualTo("8799776.0|4994|null");
            Map<String, Long> boroughRollups = new HashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT area_code, value FROM observation_rollups WHERE area_level = 'lad'")) {
                while (rs.next()) {
                    boroughRollups.put(rs.getString(1), (long) rs.getDouble(2));
                }
            }
            assertThat(boroughRollups).hasSize(33).isEqualTo(boroughFromLsoas);
            assertThat(query(db, "SELECT count(*), sum(value) FROM observation_rollups WHERE area_level = 'msoa21'"))
                    .isEqualTo("1002|8799776.0");
            assertThat(query(
                            db,
                            "SELECT count(*), sum(value), min(method) FROM observation_rollups "
                                    + "WHERE area_level = 'ward'"))
                    .isEqualTo("684|8799776.0|rollup-best-fit");
        }
    }

    @Test
    void ratesAreRecomputedFromTheirPartsAndNeverAveraged() throws SQLException {
        Geography sample = RepoFiles.madeUpGeography();
        try (Connection db = database(sample)) {
            indicator(db, "arrears-share", "percentage", 100.0);
            indicator(db, "rate-without-parts", "rate", 1000.0);
            indicator(db, "withheld-share", "percentage", 100.0);
            try (PreparedStatement insert = insertObservation(db)) {
                // Two City of London LSOAs: 10 of 20 (50%) and 30 of 180 (16.7%): London is 40 of 200 = 20%,
                // not the 33.3% an unweighted average would give.
                add(insert, "arrears-share", "E01990001", 50.0, 10.0, 20.0, null);
                add(insert, "arrears-share", "E01990002", 100.0 * 30 / 180, 30.0, 180.0, "estimated");
                add(insert, "rate-without-parts", "E01990001", 5.0, null, null, null);
                add(insert, "rate-without-parts", "E01990002", 7.0, null, null, null);
                add(insert, "withheld-share", "E01990001", 50.0, 10.0, 20.0, "estimated");
                add(insert, "withheld-share", "E01990002", null, null, null, "suppressed");
                insert.executeBatch();
            }
            createViews(db);

            assertThat(query(
                            db,
                            "SELECT value, numerator, denominator, flag FROM observation_rollups "
                                    + "WHERE indicator_id = 'arrears-share' AND area_level = 'region'"))
                    .isEqualTo("20.0|40.0|200.0|estimated");
            assertThat(query(
                            db,
                            "SELECT value, flag FROM observation_rollups "
                                    + "WHERE indicator_id = 'rate-without-parts' AND area_level = 'lad'"))
                    .isEqualTo("null|not-additive");
            assertThat(query(
                            db,
                            "SELECT value, numerator, lsoas_withheld, flag FROM observation_rollups "
                                    + "WHERE indicator_id = 'withheld-share' AND area_level = 'lad'"))
                    .isEqualTo("null|null|1|suppressed");
        }
    }

    @Test
    void aCountWithAWithheldPartIsWithheldButSaysWhatIsKnown() throws SQLException {
        Geography sample = RepoFiles.madeUpGeography();
        try (Connection db = database(sample)) {
            indicator(db, "claimants", "count", null);
            try (PreparedStatement insert = insertObservation(db)) {
                add(insert, "claimants", "E01990001", 15.0, null, null, "apportioned");
                add(insert, "claimants", "E01990002", null, null, null, "suppressed");
                insert.executeBatch();
            }
            createViews(db);

            assertThat(query(
                            db,
                            "SELECT value, known_sum, lsoas, lsoas_withheld, flag FROM observation_rollups "
                                    + "WHERE area_level = 'lad'"))
                    .isEqualTo("null|15.0|2|1|suppressed");
        }
    }

    @Test
    void decilesRanksAndScoresAreNeverSummedOrAveraged() throws SQLException {
        Geography sample = RepoFiles.madeUpGeography();
        try (Connection db = database(sample)) {
            indicator(db, "imd-decile", "decile", null);
            indicator(db, "imd-rank", "rank", null);
            indicator(db, "imd-score", "score", null);
            try (PreparedStatement insert = insertObservation(db)) {
                // Even with the population beside each decile, a borough is not in decile (2 + 9) / 2, nor 11.
                add(insert, "imd-decile", "E01990001", 2.0, 2.0 * 1_500, 1_500.0, "inherited");
                add(insert, "imd-decile", "E01990002", 9.0, 9.0 * 1_200, 1_200.0, "estimated");
                add(insert, "imd-rank", "E01990001", 1_234.0, null, null, null);
                add(insert, "imd-rank", "E01990002", 30_000.0, null, null, null);
                add(insert, "imd-score", "E01990001", 45.5, null, null, null);
                add(insert, "imd-score", "E01990002", null, null, null, "suppressed");
                insert.executeBatch();
            }
            createViews(db);

            assertThat(query(
                            db,
                            "SELECT value, known_sum, numerator, denominator, lsoas, flag FROM observation_rollups "
                                    + "WHERE indicator_id = 'imd-decile' AND area_level = 'lad'"))
                    .isEqualTo("null|null|null|null|2|not-additive");
            assertThat(query(
                            db,
                            "SELECT count(DISTINCT area_level), count(value), count(known_sum), min(flag), max(flag) "
                                    + "FROM observation_rollups"))
                    .isEqualTo("4|0|0|not-additive|not-additive");
        }
    }

    private static Connection database(Geography geography) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        for (String table :
                new String[] {TableSchema.AREAS, TableSchema.INDICATORS, TableSchema.OBSERVATIONS, TableSchema.RUNS}) {
            execute(db, TableDdl.createTable(TableSchema.load(table)));
        }
        // One statement for all rows: the driver runs a prepared batch one row at a time, about a millisecond each.
        List<String> rows = new ArrayList<>();
        for (Object[] area : SpineRows.areas(geography)) {
            rows.add(Stream.of(area).map(ObservationRollupsTest::literal).collect(Collectors.joining(", ", "(", ")")));
        }
        execute(db, "INSERT INTO areas VALUES " + String.join(", ", rows));
        return db;
    }

    private static void indicator(Connection db, String id, String measureType, Double scale) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO indicators (id, title, theme, description, "
                + "unit, measure_type, scale, source, publisher, licence, source_url, native_geography, frequency, "
                + "next_release, access_tier, feed) VALUES (?, ?, 'population', 'test', 'people', ?, ?, 'test', 'test', "
                + "'OGL', 'file:test', 'lsoa21', 'census', '2031 Census', 'open', 'test')")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, measureType);
            insert.setObject(4, scale);
            insert.execute();
        }
    }

    private static String literal(Object value) {
        return value == null
                ? "NULL"
                : value instanceof Number
                        ? value.toString()
                        : "'" + value.toString().replace("'", "''") + "'";
    }

    private static PreparedStatement insertObservation(Connection db) throws SQLException {
        return db.prepareStatement("INSERT INTO observations (indicator_id, area_code, area_level, period_start, "
                + "period_type, value, numerator, denominator, flag, source_area_code, source_geography, method, "
                + "run_id, feed, period) VALUES (?, ?, 'lsoa21', ?, 'census', ?, ?, ?, ?, ?, 'lsoa21', 'direct', "
                + "'run', 'test', '2021')");
    }

    private static void add(
            PreparedStatement insert,
            String indicator,
            String lsoa,
            Double value,
            Double numerator,
            Double denominator,
            String flag)
            throws SQLException {
        insert.setString(1, indicator);
        insert.setString(2, lsoa);
        insert.setDate(3, Date.valueOf(CENSUS));
        insert.setObject(4, value);
        insert.setObject(5, numerator);
        insert.setObject(6, denominator);
        insert.setString(7, flag);
        insert.setString(8, lsoa);
        insert.addBatch();
    }

    private static void createViews(Connection db) throws SQLException {
        for (String[] script : ViewScripts.load(ObservationRollupsTest.class.getClassLoader())) {
            execute(db, script[1]);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first row, columns joined by {@code |}. */
    private static String query(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from: " + sql).isTrue();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getObject(i));
            }
            return row.toString();
        }
    }
}
