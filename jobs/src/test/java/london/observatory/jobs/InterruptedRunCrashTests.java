package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import london.observatory.faults.HaltMidIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed mid-ingest (a separate JVM halted at a fixed chunk, so nothing gets to clean up), then run
 * again, publishes exactly what an uninterrupted run publishes.
 */
class InterruptedRunCrashTests {

    /** Small blocks and chunks so the sample's 304 rows make 16 chunks and the halt lands mid-ingest. */
    private static final String[] SMALL_CHUNKS = {
        "--observatory.ingest.block-rows=10", "--observatory.ingest.chunk-blocks=2"
    };

    @TempDir
    Path interrupted;

    @TempDir
    Path uninterrupted;

    @TempDir
    Path output;

    @Test
    void aRunKilledMidIngestThenRunAgainPublishesTheSameTablesAsAnUninterruptedRun() throws Exception {
        int exit = runInSeparateJvmHaltingAfterChunk(5);

        assertThat(exit).isEqualTo(HaltMidIngest.HALTED);
        assertThat(interrupted.resolve("observatory.duckdb")).doesNotExist();
        assertThat(interrupted.resolve("parquet/observations")).doesNotExist();
        assertThat(filesUnder(interrupted.resolve("staging/nomis-claimant-count")))
                .isNotEmpty();

        ObservatoryRun.Outcome rerun = ObservatoryRun.nightly(interrupted, SMALL_CHUNKS);
        ObservatoryRun.Outcome clean = ObservatoryRun.nightly(uninterrupted, SMALL_CHUNKS);

        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.output()).containsPattern("nomis-claimant-count\\s+ingested\\s+304\\s+308\\s+0");
        List<String> expected = ObservatoryRun.observations(uninterrupted);
        assertThat(expected).hasSize(308);
        assertThat(ObservatoryRun.observations(interrupted)).isEqualTo(expected);
        assertThat(ObservatoryRun.query(interrupted, "SELECT * FROM areas ORDER BY code"))
                .isEqualTo(ObservatoryRun.query(uninterrupted, "SELECT * FROM areas ORDER BY code"));
        assertThat(filesUnder(interrupted.resolve("staging"))).isEmpty();
    }

    private int runInSeparateJvmHaltingAfterChunk(int chunk) throws IOException, InterruptedException {
        List<String> extra = new ArrayList<>(List.of(SMALL_CHUNKS));
        extra.add("--spring.main.sources=" + HaltMidIngest.class.getName());
        extra.add("--observatory.test.halt-after-chunk=" + chunk);
        SeparateJvm run = SeparateJvm.nightly(interrupted, output.resolve("halted.txt"), extra);
        return run.exitCode();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
