package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.observatory.jobs.lock.DataDirectoryLock;
import london.observatory.jobs.schedule.ScheduleLog;
import london.observatory.jobs.schedule.ScheduledRun;
import london.observatory.release.ReleaseLayout;
import london.observatory.testclock.SettableClock;
import org.junit.jupiter.api.Test;

/**
 * {@code observatory serve} runs the nightly job on its schedule (the default, 02:30 in London), as a process of its
 * own: a server whose clock stands two seconds before 02:30 starts a real nightly run, which publishes the release it
 * then serves; a server started while another run holds the data directory records its run as skipped. One feed keeps
 * the runs short. (The schedule's times across the clock changes are {@code OncePerLocalDayTest}'s.)
 */
class ScheduleProcessTests {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void theScheduledRunPublishesWhatTheServerThenServesAndARunFindingTheLockHeldIsSkippedAndRecorded()
            throws Exception {
        Path dataDir = ServedObservatory.temporaryDirectory("observatory-schedule-");
        ScheduleLog log = new ScheduleLog(dataDir);
        String[] settings = {"--observatory.schedule.enabled=true", "--observatory.feed-ids=nomis-claimant-count"};

        SettableClock clock = new SettableClock("2026-12-07T02:29:58Z"); // 02:29:58 GMT in London
        try (ServedObservatory server = ServedObservatory.serve(dataDir, clock, settings)) {
            assertThat(server.get("/actuator/health/readiness").statusCode()).isEqualTo(503); // nothing to serve yet
            await(() -> !log.last(1).isEmpty());
            ScheduledRun run = log.last(1).get(0);
            assertThat(List.of(run.outcome(), String.valueOf(run.exitCode()), String.valueOf(run.startedAt())))
                    .containsExactly("completed", "0", "2026-12-07T02:29:58Z");
            assertThat(new ReleaseLayout(dataDir).ids()).hasSize(1);
            await(() -> server.get("/actuator/health/readiness").statusCode() == 200);
            assertThat(server.get("/api/status").body()).contains("\"feed\":\"nomis-claimant-count\"");
        }

        clock.set("2026-12-08T02:29:58Z");
        try (DataDirectoryLock held = DataDirectoryLock.acquire(dataDir);
                ServedObservatory server = ServedObservatory.serve(dataDir, clock, settings)) {
            await(() -> log.last(2).size() == 2);
            ScheduledRun skipped = log.last(1).get(0);
            assertThat(List.of(skipped.outcome(), String.valueOf(skipped.exitCode())))
                    .containsExactly("skipped", "75");
            assertThat(skipped.detail()).contains("another run holds").contains("changed nothing");
            assertThat(new ReleaseLayout(dataDir).ids()).hasSize(1);
        }
        assertThat(Files.readString(dataDir.resolve("logs/serve.log")))
                .contains("nightly run scheduled: '0 30 2 * * *' in Europe/London, exactly once per local day; the"
                        + " next at 2026-12-07T02:30Z[Europe/London]")
                .contains("scheduled nightly run skipped: ");
    }

    /** Polls until {@code done}, for a run in another process; fails after a few minutes. */
    private static void await(ThrowingCondition done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.holds()) {
            assertThat(Instant.now()).as("waited %s", PATIENCE).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }
}
