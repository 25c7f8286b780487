package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import london.observatory.faults.PauseMidIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: two overlapping runs silently lost published rows and exited 0. The Parquet store's start-up
 * recovery ran before the second run took the data directory's lock, and treated the first run's staging
 * as abandoned. Both runs here are real processes, as two cron jobs or operators would start them.
 */
class OverlappingRunsProcessTests {

    /**
     * Small blocks and chunks so the claimant count's 304 rows make 16 chunks and the pause lands mid-ingest;
     * one worker, so nothing of the first run moves while it is paused.
     */
    private static final List<String> SMALL_CHUNKS = List.of(
            "--observatory.ingest.block-rows=10",
            "--observatory.ingest.chunk-blocks=2",
            "--observatory.ingest.workers=1");

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    @Test
    void aSecondRunDuringAFirstIsRefusedWithOneLineAndExit75AndTheFirstPublishesEveryRow() throws Exception {
        Path signals = Files.createDirectories(work.resolve("signals"));
        SeparateJvm first = SeparateJvm.nightly(
                dataDir,
                work.resolve("first.txt"),
                Stream.concat(
                                SMALL_CHUNKS.stream(),
                                Stream.of(
                                        "--spring.main.sources=" + PauseMidIngest.class.getName(),
                                        "--observatory.test.pause-after-chunk=5",
                                        "--observatory.test.signals=" + signals))
                        .toList());
        awaitFile(signals.resolve(PauseMidIngest.PAUSED));
        List<Path> stagedByTheFirst = filesUnder(dataDir.resolve("staging"));
        assertThat(stagedByTheFirst).isNotEmpty();

        SeparateJvm second = SeparateJvm.nightly(dataDir, work.resolve("second.txt"), SMALL_CHUNKS);
        int secondExit = second.exitCode();

        assertThat(secondExit).isEqualTo(75);
        assertThat(second.output().lines().toList())
                .containsExactly("another run holds "
                        + dataDir.toAbsolutePath().normalize().resolve(".nightly.lock")
                        + "; this run changed nothing (try again when it has finished, or add --wait)");
        assertThat(filesUnder(dataDir.resolve("staging"))).containsExactlyElementsOf(stagedByTheFirst);

        Files.createFile(signals.resolve(PauseMidIngest.RESUME));
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).containsPattern("nomis-claimant-count\\s+ingested\\s+304\\s+308\\s+0");
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations"))
                .containsExactly("308");
        assertThat(filesUnder(dataDir.resolve("staging"))).isEmpty();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the first run never reached its pause: " + file + " not created");
            }
            Thread.sleep(20);
        }
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
