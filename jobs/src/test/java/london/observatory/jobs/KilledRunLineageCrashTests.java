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
class KilledRunLineageCrashTests {

    private static final String THREE_FEEDS = "nomis-claimant-count,nomis-census-ts066,fingertips-self-harm-admissions";
    /** 1,000-row chunks: the claimant count's two pages make 10 chunks, TS066 5 more; chunk 12 is in TS066. */
    private static final String[] SMALL_CHUNKS = {
        "--observatory.ingest.block-rows=1000", "--observatory.ingest.chunk-blocks=1"
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
        SeparateJvm halted = SeparateJvm.defaultRun(
                killed,
                THREE_FEEDS,
                work.resolve("killed.txt"),
                List.of(
                        SMALL_CHUNKS[0],
                        SMALL_CHUNKS[1],
                        "--spring.main.sources=" + HaltMidIngest.class.getName(),
                        "--observatory.test.halt-after-chunk=12"));
        assertThat(halted.exitCode()).as(halted.output()).isEqualTo(HaltMidIngest.HALTED);
        assertThat(killed.resolve("parquet/observations/feed=nomis-claimant-count"))
                .isDirectory();
        assertThat(killed.resolve("parquet/observations/feed=nomis-census-ts066"))
                .doesNotExist();

        ObservatoryRun.Outcome rerun = ObservatoryRun.defaultRun(killed, THREE_FEEDS, SMALL_CHUNKS);
        ObservatoryRun.Outcome clean = ObservatoryRun.defaultRun(uninterrupted, THREE_FEEDS, SMALL_CHUNKS);

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
