package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The README's run (the real London geography, the claimant count's sample recording on its real LSOA 2011
 * codes): what it publishes, and that a re-run with no upstream change is a no-op.
 */
class NightlySampleIntegrationTests {

    /** The sample run the first two tests read: the same run for both, so it is made once. */
    @TempDir
    static Path sampleDir;

    static ObservatoryRun.Outcome sample;

    @TempDir
    Path dataDir;

    /** A copy of a sample outside data-samples/, standing for a real source. */
    @TempDir
    Path source;

    @BeforeAll
    static void runTheSample() {
        sample = ObservatoryRun.defaultRun(sampleDir, ObservatoryRun.FEED);
    }

    @Test
    void publishesTheTablesFromTheSample() throws SQLException {
        ObservatoryRun.Outcome run = sample;
        Path dataDir = sampleDir;

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).containsPattern("nomis-claimant-count\\s+ingested\\s+9670\\s+9988\\s+0");
        assertThat(ObservatoryRun.query(dataDir, "SELECT table_name FROM duckdb_tables() ORDER BY 1"))
                .containsExactly(
                        "areas",
                        "data_dictionary",
                        "indicators",
                        "observations",
                        "reconciliation",
                        "runs",
                        "ward_best_fit");
        assertThat(ObservatoryRun.query(dataDir, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1"))
                .containsExactly(
                        "about", "area_profiles", "feed_status", "latest_values", "observation_rollups", "time_series");
        assertThat(ObservatoryRun.query(dataDir, "SELECT level, count(*) FROM areas GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|33", "lsoa21|4994", "msoa21|1002", "region|1", "ward|684");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT ward_vintage, count(*), count(DISTINCT ward_code) "
                                + "FROM ward_best_fit GROUP BY 1 ORDER BY 1"))
                .containsExactly("2022|4994|684");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT period, count(*), count(value), sum(value) "
                                + "FROM observations GROUP BY 1 ORDER BY 1"))
                .containsExactly("2025-09|4994|4993|337125.0", "2025-10|4994|4992|336625.0");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT method, flag, count(*) FROM observations "
                                + "GROUP BY ALL ORDER BY ALL")) // NULLs sort last
                .containsExactly(
                        // 4,659 unchanged LSOAs a month; one Q row in each month
                        "direct|suppressed|2",
                        "direct|null|9316",
                        // 22 merges a month; in October one parent (E01003968) is Q, so that sum is withheld
                        "lsoa11-merge|suppressed|1",
                        "lsoa11-merge|null|43",
                        // 313 LSOAs from the splits, each month (real London has no irregular change)
                        "lsoa11-split|apportioned|626");
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT feed, outcome, rows_read, rows_written, rows_quarantined " + "FROM runs"))
                .containsExactly("nomis-claimant-count|ingested|9670|9988|0");
    }

    @Test
    void reconcilesEveryRecordAndRollsTheSpineUpToLondon() throws SQLException {
        ObservatoryRun.Outcome run = sample;
        Path dataDir = sampleDir;

        // In October one parent of a merge is Q, so its partner's 120 goes into a withheld sum, not lost.
        assertThat(run.output())
                .contains("nomis-claimant-count placed from lsoa11: 9,670 in, 9,670 matched, 0 unmatched; value in"
                        + " 673,870, placed 673,750, unmatched 0, in withheld sums 120");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT source_geography, status, reason, records, value "
                                + "FROM reconciliation ORDER BY status, reason NULLS FIRST"))
                .containsExactly(
                        "lsoa11|matched|null|9670|673870.0",
                        "lsoa11|placed|null|9988|673750.0",
                        "lsoa11|placed|withheld-in-sums|0|120.0");
        // London: one LSOA withheld in September, two in October, so the total is withheld; known_sum is
        // what is known. Two of Camden's 130 LSOAs are split shares, so its totals are apportioned.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT area_code, period_start, value, known_sum, lsoas, "
                                + "lsoas_withheld, flag FROM observation_rollups WHERE area_level = 'region' OR area_code = 'E09000007' "
                                + "ORDER BY ALL"))
                .containsExactly(
                        "E09000007|2025-09-01|9105.0|9105.0|130|0|apportioned",
                        "E09000007|2025-10-01|9090.0|9090.0|130|0|apportioned",
                        "E12000007|2025-09-01|null|337125.0|4994|1|suppressed",
                        "E12000007|2025-10-01|null|336625.0|4994|2|suppressed");
    }

    @Test
    void saysThatItsValuesComeFromASampleRecording() throws Exception {
        assertThat(ObservatoryRun.query(sampleDir, "SELECT feed, sample FROM runs"))
                .containsExactly("nomis-claimant-count|true");
        assertThat(ObservatoryRun.query(sampleDir, "SELECT sample, sample_feeds, real_feeds, note FROM about"))
                .singleElement()
                .asString()
                .startsWith("true|1|0|SAMPLE DATA: built at least in part from sample recordings");
    }

    @Test
    void aFeedReadFromOutsideTheSamplesFolderIsNotMarkedAsASample() throws Exception {
        FileSystemUtils.copyRecursively(ObservatoryRun.repoRoot().resolve("data-samples/nomis/claimant-count"), source);

        ObservatoryRun.defaultRun(
                dataDir, ObservatoryRun.FEED, "--observatory.feeds." + ObservatoryRun.FEED + ".url=" + source.toUri());

        assertThat(ObservatoryRun.query(dataDir, "SELECT feed, sample FROM runs"))
                .containsExactly("nomis-claimant-count|false");
        assertThat(ObservatoryRun.query(dataDir, "SELECT sample, note FROM about"))
                .containsExactly(
                        "false|Built from the real sources named in indicators.source_url and runs.source_url.");
    }

    @Test
    void aSecondRunWithNoUpstreamChangeReportsUnchangedAndLeavesTheTablesAsTheyWere() throws SQLException {
        ObservatoryRun.defaultRun(dataDir, ObservatoryRun.FEED);
        List<String> first = ObservatoryRun.observations(dataDir);
        List<String> areas = ObservatoryRun.query(dataDir, "SELECT * FROM areas ORDER BY code");

        ObservatoryRun.Outcome second = ObservatoryRun.defaultRun(dataDir, ObservatoryRun.FEED);

        assertThat(second.exitCode()).isZero();
        assertThat(second.output()).containsPattern("nomis-claimant-count\\s+unchanged\\s+0\\s+0\\s+0");
        assertThat(ObservatoryRun.observations(dataDir)).hasSize(9988).isEqualTo(first);
        assertThat(ObservatoryRun.query(dataDir, "SELECT * FROM areas ORDER BY code"))
                .isEqualTo(areas);
        assertThat(ObservatoryRun.query(dataDir, "SELECT outcome FROM runs ORDER BY run_id"))
                .containsExactly("ingested", "unchanged");
    }
}
