package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped feeds whose files are real open data in data-samples/london: the English Indices of
 * Deprivation 2019 and the ONS mid-2019 and mid-2020 population estimates, all published on LSOA 2011 and
 * moved onto the real LSOA 2021 spine through the exact fit. The counts are the real files' own, so any
 * change in how ranks, deciles or counts cross the 2011 → 2021 change shows up here as a number.
 */
class RealLondonFeedsIntegrationTests {

    private static final List<String> FEEDS =
            List.of("mhclg-imd2019", "ons-population-mid2019-lsoa11", "ons-population-mid2020-lsoa11");

    @TempDir
    static Path dataDir;

    static ObservatoryRun.Outcome run;

    @BeforeAll
    static void runTheRealFeeds() {
        run = ObservatoryRun.defaultRun(dataDir, String.join(",", FEEDS));
    }

    @Test
    void everyFeedIsIngestedWithNothingQuarantinedAndNoneIsASample() throws SQLException {
        assertThat(run.exitCode()).isZero();
        // data-samples/london holds the publishers' files, so reading them is not reading a recording
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT feed, outcome, rows_read, rows_quarantined, sample FROM runs ORDER BY feed"))
                .containsExactly(
                        "mhclg-imd2019|ingested|4835|0|false",
                        "ons-population-mid2019-lsoa11|ingested|4835|0|false",
                        "ons-population-mid2020-lsoa11|ingested|4835|0|false");
        assertThat(ObservatoryRun.query(dataDir, "SELECT sample FROM about")).containsExactly("false");
    }

    @Test
    void imd2019ReachesEveryLsoa2021DirectInheritedOrEstimated() throws SQLException {
        // 4,659 unchanged LSOAs keep their value; the 313 parts of split LSOA 2011s inherit it; the 22 LSOA
        // 2021 merged from 44 LSOA 2011 take the parents' mean weighted by their Census 2011 residents
        for (String indicator : List.of("imd2019-rank", "imd2019-decile")) {
            assertThat(ObservatoryRun.query(
                            dataDir,
                            "SELECT method, coalesce(flag, '-'), count(*) FROM observations WHERE indicator_id = '"
                                    + indicator + "' AND area_level = 'lsoa21' GROUP BY ALL ORDER BY 1"))
                    .as(indicator)
                    .containsExactly(
                            "direct|-|4659",
                            "lsoa11-merge-weighted|estimated|22",
                            "lsoa11-split-inherited|inherited|313");
        }
        assertThat(
                        ObservatoryRun.query(
                                dataDir,
                                "SELECT count(*), count(DISTINCT area_code), min(value), max(value) FROM observations "
                                        + "WHERE indicator_id = 'imd2019-decile' AND value BETWEEN 1 AND 10 AND value = round(value)"))
                .containsExactly("4994|4994|1.0|10.0");
        // the rank's quoted thousands separators ("29,199") are read as numbers; a mean rank is a whole rank
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT count(value), min(value), max(value), count(*) FILTER (WHERE value <> round(value)) "
                                + "FROM observations WHERE indicator_id = 'imd2019-rank'"))
                .containsExactly("4994|546.0|32563.0|0");
        assertThat(
                        ObservatoryRun.query(
                                dataDir,
                                "SELECT value FROM observations WHERE indicator_id = 'imd2019-rank' AND area_code = 'E01000001'"))
                .containsExactly("29199.0");
        // A merged LSOA 2021's rank is its parents' ranks weighted by their Census 2011 residents (the exact
        // fit's TotalRes11), worked out here by DuckDB from the two shipped files themselves.
        Path london = ObservatoryRun.repoRoot().resolve("data-samples/london");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "WITH expected AS (SELECT f.LSOA21CD AS code, round(sum(CAST(replace(i.\"Index of Multiple "
                                + "Deprivation (IMD) Rank\", ',', '') AS DOUBLE) * f.TotalRes11) / sum(f.TotalRes11)) "
                                + "AS rank FROM read_csv('"
                                + london.resolve("geography/london_lsoa11_lsoa21_lad22_exactfit_census_totals.csv")
                                + "') f JOIN read_csv('" + london.resolve("statistics/imd2019_file1_london_lsoa11.csv")
                                + "') i ON i.\"LSOA code (2011)\" = f.LSOA11CD WHERE f.CHGIND = 'M' GROUP BY 1) "
                                + "SELECT count(*), count(*) FILTER (WHERE o.value = e.rank) FROM expected e JOIN "
                                + "observations o ON o.area_code = e.code AND o.indicator_id = 'imd2019-rank'"))
                .containsExactly("22|22");
        // not additive: no roll-up sums or averages them
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT count(*), count(value) FROM observation_rollups WHERE indicator_id = 'imd2019-decile'"))
                .containsExactly("1720|0");
    }

    @Test
    void populationTotalsAreConservedExactlyOnLsoa2021() throws SQLException {
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT indicator_id, count(*), sum(value) FROM observations WHERE indicator_id LIKE 'population-%' "
                                + "GROUP BY 1 ORDER BY 1"))
                .containsExactly(
                        "population-0-15-mid2019|4994|1843581.0",
                        "population-0-15-mid2020|4994|1853207.0",
                        "population-16-29-mid2019|4994|1706059.0",
                        "population-16-29-mid2020|4994|1688576.0",
                        "population-30-44-mid2019|4994|2280661.0",
                        "population-30-44-mid2020|4994|2279481.0",
                        "population-45-64-mid2019|4994|2050173.0",
                        "population-45-64-mid2020|4994|2082771.0",
                        "population-65-plus-mid2019|4994|1081515.0",
                        "population-65-plus-mid2020|4994|1098453.0",
                        "population-all-ages-mid2019|4994|8961989.0",
                        "population-all-ages-mid2020|4994|9002488.0");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT method, coalesce(flag, '-'), count(*) FROM observations "
                                + "WHERE indicator_id = 'population-all-ages-mid2019' GROUP BY ALL ORDER BY 1"))
                .containsExactly("direct|-|4659", "lsoa11-merge|-|22", "lsoa11-split|apportioned|313");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT area_level, sum(value) FROM observation_rollups "
                                + "WHERE indicator_id = 'population-all-ages-mid2020' GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|9002488.0", "msoa21|9002488.0", "region|9002488.0", "ward|9002488.0");
    }

    @Test
    void eachAgeBandIsSharedOnItsOwnSoSplitPartsMayNotAddUpToAllAges() throws SQLException {
        // Every band is conserved over London, but each is shared out by largest remainder separately: on
        // some parts of split LSOAs the five bands differ from all ages by a person or so. Never elsewhere.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT right(a.indicator_id, 4), count(*), count(*) FILTER (WHERE a.method <> 'lsoa11-split'), "
                                + "max(abs(a.value - b.s)) FROM observations a JOIN (SELECT right(indicator_id, 4) yr, "
                                + "area_code, sum(value) s FROM observations WHERE indicator_id LIKE 'population-%' "
                                + "AND indicator_id NOT LIKE '%all-ages%' GROUP BY ALL) b ON b.area_code = a.area_code "
                                + "AND b.yr = right(a.indicator_id, 4) WHERE a.indicator_id LIKE 'population-all-ages-%' "
                                + "AND a.value <> b.s GROUP BY 1 ORDER BY 1"))
                .containsExactly("2019|139|0|2.0", "2020|140|0|2.0");
    }
}
