package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' database as the README's run publishes it (every feed on data-samples, the real London
 * geography): the views {@code time_series}, {@code latest_values}, {@code area_profiles} and
 * {@code feed_status} with exact counts, each checked against the same figure computed from the tables
 * without the view; the {@code data_dictionary}; the storage version; and a feed turning late as the nights
 * go by with nothing new upstream. "Now" is fixed, so the run's dates are known.
 */
class AnalystDatabaseIntegrationTests {

    private static final Instant NIGHT = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    static Path sampleDir;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void runTheCatalogue() {
        assertThat(ObservatoryRun.defaultRun(at(NIGHT), sampleDir, ObservatoryRun.ALL_FEEDS)
                        .exitCode())
                .isZero();
    }

    @Test
    void publishesTheViewsTheirDictionaryAndAStorageVersionDuckDb1ClientsRead() throws Exception {
        assertThat(ObservatoryRun.query(
                        sampleDir, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1"))
                .containsExactly(
                        "about", "area_profiles", "feed_status", "latest_values", "observation_rollups", "time_series");
        // 7 tables and 6 views; their 183 columns (78 in tables, 105 in views), each once, with DuckDB's own type
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT object_type, count(*) FILTER (WHERE position = 0), count(column_name) "
                                + "FROM data_dictionary GROUP BY 1 ORDER BY 1"))
                .containsExactly("table|7|79", "view|6|108");
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT count(*) FROM (SELECT * FROM duckdb_columns() WHERE NOT internal) c FULL JOIN data_dictionary d ON d.object_name = "
                                + "c.table_name AND d.column_name = c.column_name AND d.data_type = c.data_type "
                                + "WHERE (c.column_name IS NULL AND d.position > 0) OR d.object_name IS NULL"))
                .containsExactly("0");
        // bytes 12-19 of the file: the storage version number, 67 for v1.4.0 (DuckDB 1.4 and later read it)
        try (InputStream in = Files.newInputStream(sampleDir.resolve("observatory.duckdb"))) {
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(20)).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(header.getLong(12)).isEqualTo(67L);
        }
    }

    @Test
    void timeSeriesHoldsEveryObservationAndEveryRollUp() throws SQLException {
        // 141,006 observations (the README's run) and 48,289 roll-ups; no indicator of the catalogue is both
        // published at borough level and on LSOAs, so no roll-up gives way to an observed value
        assertThat(ObservatoryRun.query(
                        sampleDir, "SELECT origin, area_level, count(*) FROM time_series GROUP BY ALL ORDER BY ALL"))
                .containsExactly(
                        "observed|lad|1056",
                        "observed|lsoa21|139950",
                        "rolled-up|lad|945",
                        "rolled-up|msoa21|28101",
                        "rolled-up|region|39",
                        "rolled-up|ward|19204");
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT count(*), (SELECT count(*) FROM observations) + (SELECT count(*) FROM "
                                + "observation_rollups), count(DISTINCT (indicator_id, area_code, period_start)) "
                                + "FROM time_series"))
                .containsExactly("189295|189295|189295");
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT period, value, known_sum, flag FROM time_series WHERE indicator_id = 'claimant-count' "
                                + "AND area_code = 'E12000007' ORDER BY period_start"))
                .containsExactly("2025-09|null|337125.0|suppressed", "2025-10|null|336625.0|suppressed");
    }

    @Test
    void latestValuesHoldOneRowPerIndicatorAndAreaAtItsLatestPeriod() throws SQLException {
        // distinct indicator x area pairs of observations and roll-ups, counted without the views' logic
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT count(*), count(value), (SELECT count(*) FROM (SELECT indicator_id, area_code FROM "
                                + "observations UNION SELECT indicator_id, area_code FROM observation_rollups)) "
                                + "FROM latest_values"))
                .containsExactly("168331|164865|168331");
        // observed rows with a value at their indicator and area's latest period_start, from observations alone
        assertThat(
                        ObservatoryRun.query(
                                sampleDir,
                                "SELECT (SELECT count(value) FROM latest_values WHERE origin = 'observed'), count(o.value) "
                                        + "FROM observations o WHERE o.period_start = (SELECT max(p.period_start) FROM "
                                        + "observations p WHERE p.indicator_id = o.indicator_id AND p.area_code = o.area_code)"))
                .containsExactly("125255|125255");
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT area_name, period, value, flag, periods, unit FROM latest_values "
                                + "WHERE indicator_id = 'claimant-count' AND area_code IN ('E09000007', 'E09000028') "
                                + "ORDER BY 1"))
                .containsExactly(
                        "Camden|2025-10|9090.0|apportioned|2|people", "Southwark|2025-10|null|suppressed|2|people");
    }

    @Test
    void areaProfilesRankEveryAreaAmongItsLevel() throws SQLException {
        // one row per area, and how many have each headline: the claimant count of 2 Southwark LSOAs is withheld
        // in October, so their 2 MSOAs, 2 wards, Southwark and London have none; the GP-weighted depression
        // estimates reach 28 LSOAs; a decile is never averaged above LSOA level
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "SELECT area_level, count(*), count(claimant_count), max(claimant_count_rank), "
                                + "count(usual_residents), count(depression_pct), count(imd2019_decile) "
                                + "FROM area_profiles GROUP BY 1 ORDER BY 1"))
                .containsExactly(
                        "lad|33|32|32|33|6|0",
                        "lsoa21|4994|4992|4976|4994|28|4994",
                        "msoa21|1002|1000|1000|1002|6|0",
                        "region|1|0|null|1|1|0",
                        "ward|684|682|682|684|11|0");
        // Camden's claimant count: the 23rd largest of the 32 boroughs with no LSOA withheld in October, counted
        // from observations
        assertThat(ObservatoryRun.query(
                        sampleDir,
                        "WITH b AS (SELECT l.lad_code, sum(o.value) AS claimants, count(*) = count(o.value) AS whole "
                                + "FROM observations o JOIN areas l ON l.code = o.area_code WHERE o.indicator_id = "
                                + "'claimant-count' AND o.period = '2025-10' GROUP BY 1) "
                                + "SELECT p.claimant_count, p.claimant_count_rank, 1 + (SELECT count(*) FROM b WHERE "
                                + "whole AND claimants > p.claimant_count), p.claimant_count_london, p.claimant_count_flag "
                                + "FROM area_profiles p WHERE area_code = 'E09000007'"))
                .containsExactly("9090.0|23|23|null|apportioned");
        // London's residents and overcrowding (sum of numerators / sum of denominators over every LSOA)
        assertThat(
                        ObservatoryRun.query(
                                sampleDir,
                                "SELECT usual_residents, usual_residents_london, overcrowded_pct = (SELECT sum(numerator) / "
                                        + "sum(denominator) * 100 FROM observations WHERE indicator_id = 'census-overcrowded'), "
                                        + "overcrowded_pct_rank, imd2019_decile_flag FROM area_profiles WHERE area_code = 'E12000007'"))
                .containsExactly("8799776.0|8799776.0|true|1|not-additive");
    }

    @Test
    void feedStatusSaysWhenEachFeedIsNextDueAndNoneIsLateOnTheNightItRan() throws SQLException {
        // one cadence after 7 December 2026: monthly (5 feeds), quarterly (2), annual (6); 6 Census feeds and IMD
        // 2019 have no fixed cadence
        assertThat(
                        ObservatoryRun.query(
                                sampleDir,
                                "SELECT expected_next_release, count(*), count(*) FILTER (WHERE late), "
                                        + "count(*) FILTER (WHERE last_outcome = 'ingested') FROM feed_status GROUP BY 1 ORDER BY 1"))
                .containsExactly("2027-01-07|5|0|5", "2027-03-07|2|0|2", "2027-12-07|6|0|6", "null|7|0|7");
        assertThat(ObservatoryRun.query(sampleDir, "SELECT DISTINCT as_of, sample FROM feed_status ORDER BY 2"))
                .containsExactly("2026-12-07 02:00:00.0|false", "2026-12-07 02:00:00.0|true");
    }

    @Test
    void aMonthlyFeedWithNothingNewTurnsLateOnceItsReleaseDateHasPassed() throws SQLException {
        String feeds = "nomis-claimant-count,datastore-homelessness-assessments,nomis-census-ts001";
        ObservatoryRun.defaultRun(at(NIGHT), dataDir, feeds);
        assertThat(ObservatoryRun.defaultRun(at(Instant.parse("2027-02-01T02:00:00Z")), dataDir, feeds)
                        .output())
                .containsPattern("nomis-claimant-count\\s+unchanged");

        // due 7 January, still December's data on 1 February: 25 days; homelessness is due on 7 March
        assertThat(lateness())
                .containsExactly(
                        "datastore-homelessness-assessments|unchanged|2027-03-07|false|null",
                        "nomis-census-ts001|unchanged|null|false|null",
                        "nomis-claimant-count|unchanged|2027-01-07|true|25");
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT count(*), count(last_run_id), count(*) FILTER (WHERE late) FROM feed_status"))
                .containsExactly("20|3|1");

        ObservatoryRun.defaultRun(at(Instant.parse("2027-04-01T02:00:00Z")), dataDir, feeds);

        // 7 January to 1 April is 84 days; 7 March to 1 April 25
        assertThat(lateness())
                .containsExactly(
                        "datastore-homelessness-assessments|unchanged|2027-03-07|true|25",
                        "nomis-census-ts001|unchanged|null|false|null",
                        "nomis-claimant-count|unchanged|2027-01-07|true|84");
    }

    private List<String> lateness() throws SQLException {
        return ObservatoryRun.query(
                dataDir,
                "SELECT feed, last_outcome, expected_next_release, late, days_late FROM feed_status "
                        + "WHERE last_run_id IS NOT NULL ORDER BY feed");
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
