package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.observatory.freshness.FeedStatuses;
import london.observatory.table.TableSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analyst views shipped in schemas ({@code time_series}, {@code latest_values}, {@code area_profiles},
 * {@code feed_status}) on a hand-made database small enough that every expected figure is worked out in the
 * comments: three LSOAs (one in borough E09000001, two in E09000002), their MSOAs and wards, and London.
 */
class AnalystViewsTest {

    private Connection db;

    @BeforeEach
    void database() throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
        for (String table :
                List.of(TableSchema.AREAS, TableSchema.INDICATORS, TableSchema.OBSERVATIONS, TableSchema.RUNS)) {
            execute(TableDdl.createTable(TableSchema.load(table)));
        }
        execute("INSERT INTO areas (code, name, level, msoa21_code, ward_code, lad_code, region_code, population) "
                + "VALUES ('E01000001', 'L1', 'lsoa21', 'E02000001', 'E05000001', 'E09000001', 'E12000007', 1000), "
                + "('E01000002', 'L2', 'lsoa21', 'E02000002', 'E05000002', 'E09000002', 'E12000007', 1500), "
                + "('E01000003', 'L3', 'lsoa21', 'E02000002', 'E05000002', 'E09000002', 'E12000007', 1500), "
                + "('E02000001', 'M1', 'msoa21', NULL, NULL, 'E09000001', 'E12000007', 1000), "
                + "('E02000002', 'M2', 'msoa21', NULL, NULL, 'E09000002', 'E12000007', 3000), "
                + "('E05000001', 'W1', 'ward', NULL, NULL, 'E09000001', 'E12000007', 1000), "
                + "('E05000002', 'W2', 'ward', NULL, NULL, 'E09000002', 'E12000007', 3000), "
                + "('E09000001', 'B1', 'lad', NULL, NULL, NULL, 'E12000007', 1000), "
                + "('E09000002', 'B2', 'lad', NULL, NULL, NULL, 'E12000007', 3000), "
                + "('E12000007', 'London', 'region', NULL, NULL, NULL, NULL, 4000)");
        indicator("claimant-count", "count", null, "nomis-claimant-count", "monthly");
        indicator("census-usual-residents", "count", null, "nomis-census-ts001", "decennial");
        indicator("census-overcrowded", "percentage", 100.0, "nomis-census-ts052", "decennial");
        indicator("imd2019-decile", "decile", null, "mhclg-imd2019", "irregular");
        indicator("self-harm-admissions", "rate", 100000.0, "fingertips-self-harm-admissions", "annual");
        // claimant count: September 10, 20, 30; October 15, withheld, 25
        observe("claimant-count", "E01000001", "2025-09-01", "month", 10.0, null, null, null);
        observe("claimant-count", "E01000002", "2025-09-01", "month", 20.0, null, null, null);
        observe("claimant-count", "E01000003", "2025-09-01", "month", 30.0, null, null, null);
        observe("claimant-count", "E01000001", "2025-10-01", "month", 15.0, null, null, null);
        observe("claimant-count", "E01000002", "2025-10-01", "month", null, null, null, "suppressed");
        observe("claimant-count", "E01000003", "2025-10-01", "month", 25.0, null, null, null);
        // residents 1000, 1500, 1500; and a borough figure published by the source beside its LSOA's 1000
        observe("census-usual-residents", "E01000001", "2021-01-01", "census", 1000.0, null, null, null);
        observe("census-usual-residents", "E01000002", "2021-01-01", "census", 1500.0, null, null, null);
        observe("census-usual-residents", "E01000003", "2021-01-01", "census", 1500.0, null, null, null);
        observe("census-usual-residents", "E09000001", "2021-01-01", "census", 999.0, null, null, null);
        // overcrowded 10/100 = 10%, 30/200 = 15%, 5/100 = 5%
        observe("census-overcrowded", "E01000001", "2021-01-01", "census", 10.0, 10.0, 100.0, null);
        observe("census-overcrowded", "E01000002", "2021-01-01", "census", 15.0, 30.0, 200.0, null);
        observe("census-overcrowded", "E01000003", "2021-01-01", "census", 5.0, 5.0, 100.0, null);
        observe("imd2019-decile", "E01000001", "2019-01-01", "year", 2.0, null, null, null);
        observe("imd2019-decile", "E01000002", "2019-01-01", "year", 9.0, null, null, null);
        observe("imd2019-decile", "E01000003", "2019-01-01", "year", 2.0, null, null, "inherited");
        // published by borough only
        observe("self-harm-admissions", "E09000001", "2021-04-01", "financial-year", 100.0, null, null, null);
        observe("self-harm-admissions", "E09000001", "2022-04-01", "financial-year", 120.0, null, null, null);
        observe("self-harm-admissions", "E09000002", "2022-04-01", "financial-year", 90.0, null, null, null);
        for (String[] script : ViewScripts.load(AnalystViewsTest.class.getClassLoader())) {
            execute(script[1]);
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void timeSeriesHoldsEveryObservationAndEachRollUpThatNoObservedValueReplaces() throws SQLException {
        // 19 observed; roll-ups: 5 LSOA indicator-periods (claimant count x 2, residents, overcrowded, decile)
        // x 7 areas above LSOA (2 MSOAs, 2 wards, 2 boroughs, London) = 35, less the residents of E09000001,
        // which the source published itself: 34
        assertThat(rows("SELECT origin, count(*) FROM time_series GROUP BY ALL ORDER BY ALL"))
                .containsExactly("observed|19", "rolled-up|34");
        assertThat(
                        rows(
                                "SELECT area_code, value, origin, method FROM time_series "
                                        + "WHERE indicator_id = 'census-usual-residents' AND area_level IN ('lad', 'region') ORDER BY 1"))
                .containsExactly(
                        "E09000001|999.0|observed|direct",
                        "E09000002|3000.0|rolled-up|rollup",
                        "E12000007|4000.0|rolled-up|rollup");
        assertThat(rows("SELECT DISTINCT period_type, period FROM time_series ORDER BY ALL"))
                .containsExactly(
                        "census|2021",
                        "financial-year|2021-22",
                        "financial-year|2022-23",
                        "month|2025-09",
                        "month|2025-10",
                        "year|2019");
        assertThat(rows("SELECT area_name, value, known_sum, lsoas, lsoas_withheld, flag FROM time_series "
                        + "WHERE indicator_id = 'claimant-count' AND area_code = 'E09000002' ORDER BY period_start"))
                .containsExactly("B2|50.0|50.0|2|0|null", "B2|null|25.0|2|1|suppressed");
    }

    @Test
    void latestValuesTakeEachAreasLatestPeriodAndNeverFillAWithheldOneFromAnOlder() throws SQLException {
        // claimant count, residents, overcrowded and decile on 3 LSOAs + 7 areas above; self-harm on 2 boroughs
        assertThat(rows("SELECT count(*), count(value) FROM latest_values")).containsExactly("42|30");
        assertThat(
                        rows(
                                "SELECT area_code, period, value, known_sum, flag, periods, unit FROM latest_values "
                                        + "WHERE indicator_id = 'claimant-count' AND area_code IN ('E01000002', 'E12000007') ORDER BY 1"))
                .containsExactly(
                        "E01000002|2025-10|null|null|suppressed|2|people",
                        "E12000007|2025-10|null|40.0|suppressed|2|people");
        assertThat(rows("SELECT area_code, period, value, periods FROM latest_values "
                        + "WHERE indicator_id = 'self-harm-admissions' ORDER BY 1"))
                .containsExactly("E09000001|2022-23|120.0|2", "E09000002|2022-23|90.0|1");
    }

    @Test
    void areaProfilesRankEachAreaAmongItsLevelMostInNeedFirst() throws SQLException {
        assertThat(rows("SELECT area_level, count(*), any_value(level_areas) FROM area_profiles GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|2|2", "lsoa21|3|3", "msoa21|2|2", "region|1|1", "ward|2|2");
        // claimant count (October): 15, withheld, 25; residents 1000, 1500, 1500 (a tie shares rank 1);
        // overcrowded 10%, 15%, 5%; decile 2, 9, 2, lowest first
        assertThat(rows("SELECT area_code, claimant_count, claimant_count_rank, claimant_count_flag, "
                        + "usual_residents_rank, overcrowded_pct_rank, imd2019_decile, imd2019_decile_rank "
                        + "FROM area_profiles WHERE area_level = 'lsoa21' ORDER BY 1"))
                .containsExactly(
                        "E01000001|15.0|2|null|3|2|2.0|1",
                        "E01000002|null|null|suppressed|1|1|9.0|3",
                        "E01000003|25.0|1|null|1|3|2.0|1");
        // boroughs: overcrowded (10 / 100) = 10% against (30 + 5) / (200 + 100) = 11.67%; London 45 / 400 = 11.25%
        assertThat(rows("SELECT area_code, usual_residents, usual_residents_rank, usual_residents_london, "
                        + "round(overcrowded_pct, 2), overcrowded_pct_rank, round(overcrowded_pct_london, 2), "
                        + "claimant_count_london, imd2019_decile, imd2019_decile_flag, imd2019_decile_rank "
                        + "FROM area_profiles WHERE area_level = 'lad' ORDER BY 1"))
                .containsExactly(
                        "E09000001|999.0|2|4000.0|10.0|2|11.25|null|null|not-additive|null",
                        "E09000002|3000.0|1|4000.0|11.67|1|11.25|null|null|not-additive|null");
        assertThat(rows("SELECT claimant_count_period, usual_residents_period, depression_pct, "
                        + "depression_pct_rank FROM area_profiles WHERE area_code = 'E12000007'"))
                .containsExactly("2025-10|2021|null|null");
    }

    @Test
    void aFeedIsLateWhenTheReleaseItsLastIngestWaitedForIsBeforeTheDatabasesLatestRun() throws SQLException {
        // January: every feed ingested; March (the latest run): claimant count unchanged, UC ingested anew,
        // self-harm failed. Census and IMD feeds have no fixed cadence; nomis-census-ts052 and mhclg-imd2019
        // are in the catalogue without runs.
        run("jan", "nomis-claimant-count", "2027-01-01 02:00:00", "ingested", null, "2027-02-01");
        run("jan", "statxplore-uc-conditionality", "2027-01-01 02:00:00", "ingested", null, "2027-02-01");
        run("jan", "fingertips-self-harm-admissions", "2027-01-01 02:00:00", "ingested", null, "2028-01-01");
        run("jan", "nomis-census-ts001", "2027-01-01 02:00:00", "ingested", null, null);
        run("mar", "nomis-claimant-count", "2027-03-01 02:00:00", "unchanged", null, "2027-04-01");
        run("mar", "statxplore-uc-conditionality", "2027-03-01 02:00:00", "ingested", null, "2027-04-01");
        run("mar", "fingertips-self-harm-admissions", "2027-03-01 02:00:00", "failed", "HTTP 503", "2028-03-01");
        run("mar", "nomis-census-ts001", "2027-03-01 02:00:00", "unchanged", null, null);
        // quarterly, 21 days' grace: expected 25 February, so due but not late on 1 March
        indicator("homelessness-assessments", "count", null, "datastore-homelessness-assessments", "quarterly");
        run("jan", "datastore-homelessness-assessments", "2026-11-25 02:00:00", "ingested", null, "2027-02-25");
        run("mar", "datastore-homelessness-assessments", "2027-03-01 02:00:00", "unchanged", null, "2027-06-01");

        assertThat(rows("SELECT feed, last_outcome, last_ingested_run_id, expected_next_release, late_after_days, "
                        + "late_from, state, late, days_late, last_success_at, last_message, frequency FROM feed_status "
                        + "ORDER BY feed"))
                .containsExactly(
                        "datastore-homelessness-assessments|unchanged|jan|2027-02-25|21|2027-03-18|due|false|null"
                                + "|2027-03-01 02:01:00.0|null|quarterly",
                        // a failed run: failing, whatever its dates say
                        "fingertips-self-harm-admissions|failed|jan|2028-01-01|45|2028-02-15|failing|false|null"
                                + "|2027-01-01 02:01:00.0|HTTP 503|annual",
                        // in the catalogue, never run: due
                        "mhclg-imd2019|null|null|null|null|null|due|false|null|null|null|irregular",
                        "nomis-census-ts001|unchanged|jan|null|null|null|fresh|false|null|2027-03-01 02:01:00.0|null"
                                + "|decennial",
                        "nomis-census-ts052|null|null|null|null|null|due|false|null|null|null|decennial",
                        // due 1 February, late after 8 February, still the January data on 1 March: 28 days late
                        "nomis-claimant-count|unchanged|jan|2027-02-01|7|2027-02-08|late|true|28|2027-03-01 02:01:00.0"
                                + "|null|monthly",
                        "statxplore-uc-conditionality|ingested|mar|2027-04-01|null|null|fresh|false|null"
                                + "|2027-03-01 02:01:00.0|null|null");
        assertThat(rows("SELECT DISTINCT as_of FROM feed_status")).containsExactly("2027-03-01 02:01:00.0");
        // The command line and the API apply the same rule in Java to any day: on the database's own day, the same.
        LocalDate asOf = LocalDate.of(2027, 3, 1);
        assertThat(FeedStatuses.read(db).stream()
                        .map(f -> f.feed() + "|" + f.state(asOf).label() + "|" + f.daysLate(asOf))
                        .toList())
                .containsExactlyElementsOf(rows("SELECT feed || '|' || state || '|' || coalesce(days_late::VARCHAR, "
                        + "'null') FROM feed_status ORDER BY feed"));
        assertThat(rows("SELECT last_upstream_change, last_upstream_change_at FROM feed_status "
                        + "WHERE feed = 'nomis-claimant-count'"))
                .containsExactly("Fri, 1 Jan 2027 00:00:00 GMT|2027-01-01 00:00:00.0");
    }

    private void indicator(String id, String measureType, Double scale, String feed, String frequency)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO indicators (id, title, theme, description, "
                + "unit, measure_type, scale, source, publisher, licence, source_url, native_geography, frequency, "
                + "next_release, access_tier, feed, late_after_days) VALUES (?, ?, 'jobs', 'test', 'people', ?, ?, "
                + "'test', 'test', 'OGL', 'file:test', 'lsoa21', ?, 'rule', 'open', ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, measureType);
            insert.setObject(4, scale);
            insert.setString(5, frequency);
            insert.setString(6, feed);
            insert.setObject(
                    7,
                    switch (frequency) {
                        case "monthly" -> 7;
                        case "quarterly" -> 21;
                        case "annual" -> 45;
                        default -> null;
                    });
            insert.execute();
        }
    }

    private void observe(
            String indicator,
            String area,
            String periodStart,
            String periodType,
            Double value,
            Double numerator,
            Double denominator,
            String flag)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO observations (indicator_id, area_code, "
                + "area_level, period_start, period_type, value, numerator, denominator, flag, source_area_code, "
                + "source_geography, method, run_id, feed, period) SELECT ?, code, level, CAST(? AS DATE), ?, ?, ?, ?, "
                + "?, code, level, 'direct', 'jan', 'test', ? FROM areas WHERE code = ?")) {
            insert.setString(1, indicator);
            insert.setString(2, periodStart);
            insert.setString(3, periodType);
            insert.setObject(4, value);
            insert.setObject(5, numerator);
            insert.setObject(6, denominator);
            insert.setString(7, flag);
            insert.setString(8, periodStart);
            insert.setString(9, area);
            assertThat(insert.executeUpdate()).isOne();
        }
    }

    /** A run row that started at {@code started} and finished a minute later. */
    private void run(String runId, String feed, String started, String outcome, String message, String expected)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO runs (run_id, feed, started_at, finished_at, "
                + "outcome, message, rows_read, rows_written, rows_quarantined, last_upstream_change, "
                + "expected_next_release, sample) VALUES (?, ?, CAST(? AS TIMESTAMP), "
                + "CAST(? AS TIMESTAMP) + INTERVAL 1 MINUTE, ?, ?, 0, 0, 0, 'Fri, 1 Jan 2027 00:00:00 GMT', "
                + "CAST(? AS DATE), false)")) {
            insert.setString(1, runId);
            insert.setString(2, feed);
            insert.setString(3, started);
            insert.setString(4, started);
            insert.setString(5, outcome);
            insert.setString(6, message);
            insert.setString(7, expected);
            insert.execute();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** Every row, columns joined by {@code |}. */
    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
