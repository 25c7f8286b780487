package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import london.observatory.faults.HaltMidIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a run killed after some feeds had committed left their observations carrying a run id with
 * no {@code runs} row, and their reconciliation was lost for good (the re-run found them unchanged), since
 * lineage was written only at the end of the job. Now each feed's lineage is part of its own commit.
 */
class KilledRunLineageIntegrationTests {

    private static final String[] THREE_FEEDS = {
        "--observatory.feed-ids=nomis-claimant-count,nomis-census-ts066,fingertips-self-harm-admissions",
        // 10-row blocks, 2 per chunk: the claimant count makes 16 chunks, TS066 8 more; chunk 20 is in TS066.
        "--observatory.ingest.block-rows=10",
        "--observatory.ingest.chunk-blocks=2"
    };
    private static final String INGESTED_RUNS = "SELECT feed, outcome, source_url, sha256, rows_read, rows_written, "
            + "rows_quarantined FROM runs WHERE outcome = 'ingested' ORDER BY feed";
    private static final String RECONCILIATION = "SELECT feed, source_geography, status, reason, records, value, "
            + "top_codes FROM reconciliation ORDER BY ALL";
    private static final String RUN_IDS_WITHOUT_A_RUNS_ROW = "SELECT count(*) FROM observations o WHERE NOT EXISTS "
            + "(SELECT 1 FROM runs r WHERE r.run_id = o.run_id AND r.feed = o.feed)";

    @TempDir
    Path killed;

    @TempDir
    Path uninterrupted;

    @TempDir
    Path work;

    @Test
    void aRunKilledAfterOneFeedCommittedThenRunAgainHasTheLineageOfAnUninterruptedRun() throws Exception {
        SeparateJvm halted = SeparateJvm.nightly(
                killed,
                work.resolve("killed.txt"),
                List.of(
                        THREE_FEEDS[0],
                        THREE_FEEDS[1],
                        THREE_FEEDS[2],
                        "--spring.main.sources=" + HaltMidIngest.class.getName(),
                        "--observatory.test.halt-after-chunk=20"));
        assertThat(halted.exitCode()).as(halted.output()).isEqualTo(HaltMidIngest.HALTED);
        assertThat(killed.resolve("parquet/observations/feed=nomis-claimant-count"))
                .isDirectory();
        assertThat(killed.resolve("parquet/observations/feed=nomis-census-ts066"))
                .doesNotExist();

        ObservatoryRun.Outcome rerun = ObservatoryRun.nightly(killed, THREE_FEEDS);
        ObservatoryRun.Outcome clean = ObservatoryRun.nightly(uninterrupted, THREE_FEEDS);

        assertThat(rerun.exitCode()).isZero();
        assertThat(clean.exitCode()).isZero();
        assertThat(rerun.output())
                .containsPattern("nomis-claimant-count\\s+unchanged")
                .containsPattern("nomis-census-ts066\\s+ingested");
        assertThat(ObservatoryRun.query(killed, INGESTED_RUNS))
                .hasSize(3)
                .isEqualTo(ObservatoryRun.query(uninterrupted, INGESTED_RUNS));
        List<String> reconciliation = ObservatoryRun.query(uninterrupted, RECONCILIATION);
        assertThat(reconciliation).anyMatch(line -> line.startsWith("nomis-claimant-count|lsoa11|"));
        assertThat(ObservatoryRun.query(killed, RECONCILIATION)).isEqualTo(reconciliation);
        assertThat(ObservatoryRun.query(killed, RUN_IDS_WITHOUT_A_RUNS_ROW)).containsExactly("0");
    }
}
