package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import london.observatory.crash.CrashPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a backfill (or a run) started while another run holds the data directory is refused in one line, exit
 * 75, touching nothing; with {@code --wait} it says it is waiting, waits, and runs once the other has finished. The
 * other run is a nightly run in a JVM of its own, paused once it has published ({@link CrashPoint#AFTER_PUBLISH})
 * until the test stops it with SIGTERM: nothing here waits on the clock.
 */
class LockWaitProcessTests {

    private static final List<String> BACKFILL =
            List.of("backfill", ObservatoryRun.FEED, "--from", "2025-10", "--to", "2025-10");

    @TempDir
    Path dataDir;

    @Test
    void aBackfillIsRefusedWhileAnotherRunHoldsTheLockAndWithWaitRunsWhenItHasFinished() throws Exception {
        SeparateJvm.Stopped nightly = SeparateJvm.pausedAt(CrashPoint.AFTER_PUBLISH, 1, dataDir, List.of());
        Path lock = dataDir.toAbsolutePath().normalize().resolve(".nightly.lock");
        List<String> arguments = ObservatoryRun.sampleArguments(dataDir);

        ObservatoryRun.Outcome refused = ObservatoryRun.failedStart(BACKFILL, arguments);

        assertThat(refused.exitCode()).isEqualTo(75);
        assertThat(refused.output().lines())
                .containsExactly("another run holds " + lock
                        + "; this run changed nothing (try again when it has finished, or add --wait)");

        ObservatoryRun.Outcome gaveUp =
                ObservatoryRun.failedStart(with(BACKFILL, "--wait"), with(arguments, "--observatory.lock-wait=300ms"));

        assertThat(gaveUp.exitCode()).isEqualTo(75);
        assertThat(gaveUp.output().lines())
                .containsExactly(
                        "waiting for the run holding " + lock + " to finish (at most 300 ms)…",
                        "another run still holds " + lock + " after waiting 300 ms; this run changed nothing"
                                + " (observatory.lock-wait sets how long --wait waits)");
        assertThat(ObservatoryRun.query(dataDir, "SELECT DISTINCT run_id FROM runs"))
                .hasSize(1);

        BlockingQueue<String> printed = new LinkedBlockingQueue<>();
        CompletableFuture<ObservatoryRun.Outcome> waiting = CompletableFuture.supplyAsync(
                () -> ObservatoryRun.commandWith(null, with(BACKFILL, "--wait"), arguments, printed::add));
        String first = printed.poll(120, TimeUnit.SECONDS);

        assertThat(first).isEqualTo("waiting for the run holding " + lock + " to finish (at most 2 h)…");
        assertThat(waiting).isNotDone();

        SeparateJvm.Killed stopped = nightly.terminate();
        ObservatoryRun.Outcome waited = waiting.get(120, TimeUnit.SECONDS);

        assertThat(stopped.output()).contains(CrashPoint.AFTER_PUBLISH.pausedLine());
        assertThat(waited.exitCode()).as(waited.output()).isZero();
        assertThat(waited.output().lines().toList())
                .startsWith(first)
                .anyMatch(line -> line.matches(
                        "backfill of " + ObservatoryRun.FEED + " 2025-10-01\\.\\.2025-10-31: run \\d{8}T\\d{9}Z"))
                .anyMatch(line -> line.startsWith("published "));
        assertThat(ObservatoryRun.query(dataDir, "SELECT DISTINCT run_id FROM runs"))
                .hasSize(2);
    }

    private static List<String> with(List<String> arguments, String more) {
        List<String> all = new ArrayList<>(arguments);
        all.add(more);
        return all;
    }
}
