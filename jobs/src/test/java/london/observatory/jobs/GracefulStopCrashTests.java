package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import london.observatory.crash.CrashPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R15: SIGTERM in the middle of an ingest chunk (a service manager stopping the process) stops the run at the next
 * chunk boundary, and the next run completes what the stopped one began: the same observations as a run never
 * stopped.
 */
class GracefulStopCrashTests {

    /** Small blocks and chunks, so the sample's 304 rows make 16 chunks and the stop lands mid-ingest. */
    private static final List<String> SMALL_CHUNKS =
            List.of("--observatory.ingest.block-rows=10", "--observatory.ingest.chunk-blocks=2");

    @TempDir
    Path stopped;

    @TempDir
    Path uninterrupted;

    @Test
    void r15SigtermStopsAtAChunkBoundaryAndTheNextRunCompletes() throws Exception {
        SeparateJvm.Killed sigterm = SeparateJvm.terminatedAt(CrashPoint.MID_CHUNK, 3, stopped, SMALL_CHUNKS);

        assertThat(sigterm.exitCode()).as(sigterm.output()).isEqualTo(143); // 128 + SIGTERM
        assertThat(sigterm.output())
                .contains("observatory: asked to stop: the nightly run stops at its next chunk boundary")
                .containsPattern("nomis-claimant-count\\s+stopped")
                .contains("STOPPED before publishing: the last good database stays; the next run finishes the work")
                .contains("observatory: stopped at a chunk boundary; the next run redoes what was not committed");
        assertThat(stopped.resolve("parquet/observations")).doesNotExist();

        ObservatoryRun.Outcome rerun = ObservatoryRun.nightly(stopped, SMALL_CHUNKS.toArray(String[]::new));
        ObservatoryRun.Outcome clean = ObservatoryRun.nightly(uninterrupted, SMALL_CHUNKS.toArray(String[]::new));

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(clean.exitCode()).isZero();
        List<String> expected = ObservatoryRun.observations(uninterrupted);
        assertThat(expected).hasSize(308);
        assertThat(ObservatoryRun.observations(stopped)).isEqualTo(expected);
    }
}
