package london.observatory.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import london.observatory.testclock.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each scheduled run is recorded: completed, failed feeds, skipped because another run held the lock, and worse. */
class ScheduledNightlyTest {

    @TempDir
    Path dataDir;

    private final SettableClock clock = new SettableClock("2026-03-29T01:30:00Z");

    @Test
    void eachRunIsRecordedWithItsOutcomeExitCodeAndLastLineNewestFirst() {
        ScheduleLog log = new ScheduleLog(dataDir);
        run(log, () -> {
            clock.set("2026-03-29T01:42:10Z");
            return new NightlyLauncher.Ended(0, "nightly run 20260329T013000000Z");
        });
        clock.set("2026-03-30T01:30:00Z");
        run(
                log,
                () -> new NightlyLauncher.Ended(
                        75, "another run holds /srv/data/.nightly.lock; this run changed nothing"));
        clock.set("2026-03-31T01:30:00Z");
        run(log, () -> new NightlyLauncher.Ended(1, "nomis-claimant-count failed: HTTP 503"));
        run(log, () -> {
            throw new IllegalStateException("no java at /opt/jdk/bin/java");
        });

        assertThat(log.last(10).stream()
                        .map(r -> r.startedAt() + " " + r.finishedAt() + " " + r.outcome() + " " + r.exitCode() + " "
                                + r.detail())
                        .toList())
                .containsExactly(
                        "2026-03-31T01:30:00Z 2026-03-31T01:30:00Z failed -1 cannot start the nightly run: no java at"
                                + " /opt/jdk/bin/java",
                        "2026-03-31T01:30:00Z 2026-03-31T01:30:00Z feeds-failed 1 nomis-claimant-count failed: HTTP 503",
                        "2026-03-30T01:30:00Z 2026-03-30T01:30:00Z skipped 75 another run holds"
                                + " /srv/data/.nightly.lock; this run changed nothing",
                        "2026-03-29T01:30:00Z 2026-03-29T01:42:10Z completed 0 nightly run 20260329T013000000Z");
        assertThat(log.last(1)).hasSize(1);
    }

    @Test
    void aServerStoppedMidRunRecordsTheRunAsStoppedAndATornLastLineIsLeftOut() throws Exception {
        ScheduleLog log = new ScheduleLog(dataDir);
        run(log, () -> {
            throw new InterruptedException();
        });
        assertThat(Thread.interrupted()).isTrue(); // the interrupt is kept for the scheduler's thread
        Files.writeString(
                dataDir.resolve("state").resolve(ScheduleLog.FILE),
                "{\"startedAt\":\"2026-",
                StandardOpenOption.APPEND);

        List<ScheduledRun> runs = log.last(5);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0))
                .isEqualTo(new ScheduledRun(
                        Instant.parse("2026-03-29T01:30:00Z"),
                        Instant.parse("2026-03-29T01:30:00Z"),
                        "stopped",
                        143,
                        "the server stopped during the run"));
    }

    private void run(ScheduleLog log, NightlyLauncher launcher) {
        new ScheduledNightly(launcher, log, clock).run();
    }
}
