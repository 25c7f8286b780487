package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run, on data-samples: what it publishes, and that a re-run with no upstream change is a no-op. */
class NightlySampleIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void publishesTheFourTablesFromTheSample() throws SQLException {
        ObservatoryRun.Outcome run = ObservatoryRun.nightly(dataDir);

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).containsPattern("nomis-claimant-count\\s+ingested\\s+304\\s+308\\s+0");
        assertThat(ObservatoryRun.query(dataDir, "SELECT table_name FROM duckdb_tables() ORDER BY 1"))
                .containsExactly("areas", "indicators", "observations", "runs");
        assertThat(ObservatoryRun.query(dataDir, "SELECT level, count(*) FROM areas GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|33", "lsoa21|154", "msoa21|66", "region|1", "ward|66");
        assertThat(ObservatoryRun.query(dataDir, "SELECT period, count(*), count(value), sum(value) "
                + "FROM observations GROUP BY 1 ORDER BY 1"))
                .containsExactly("2025-09|154|153|9500.0", "2025-10|154|152|9080.0");
        assertThat(ObservatoryRun.query(dataDir, "SELECT method, flag, count(*) FROM observations "
                + "GROUP BY ALL ORDER BY ALL")) // NULLs sort last
                .containsExactly(
                        // 143 unchanged LSOAs a month; one Q row in each month
                        "direct|suppressed|2", "direct|null|284",
                        // E01990117 = an irregular (X) share of E01980021 + all of E01980022
                        "lsoa11-merge|apportioned|2",
                        // two merges a month; in October one parent is Q, so the sum is withheld
                        "lsoa11-merge|suppressed|1", "lsoa11-merge|null|3",
                        // 7 LSOAs from three splits + E01990116 from the irregular change, each month
                        "lsoa11-split|apportioned|16");
        assertThat(ObservatoryRun.query(dataDir, "SELECT feed, outcome, rows_read, rows_written, rows_quarantined "
                + "FROM runs")).containsExactly("nomis-claimant-count|ingested|304|308|0");
    }

    @Test
    void aSecondRunWithNoUpstreamChangeReportsUnchangedAndLeavesTheTablesAsTheyWere() throws SQLException {
        ObservatoryRun.nightly(dataDir);
        List<String> first = ObservatoryRun.observations(dataDir);
        List<String> areas = ObservatoryRun.query(dataDir, "SELECT * FROM areas ORDER BY code");

        ObservatoryRun.Outcome second = ObservatoryRun.nightly(dataDir);

        assertThat(second.exitCode()).isZero();
        assertThat(second.output()).containsPattern("nomis-claimant-count\\s+unchanged\\s+0\\s+0\\s+0");
        assertThat(ObservatoryRun.observations(dataDir)).hasSize(308).isEqualTo(first);
        assertThat(ObservatoryRun.query(dataDir, "SELECT * FROM areas ORDER BY code")).isEqualTo(areas);
        assertThat(ObservatoryRun.query(dataDir, "SELECT outcome FROM runs ORDER BY run_id"))
                .containsExactly("ingested", "unchanged");
    }
}
