package london.observatory.jobs.schedule;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the schedule does each local day: runs the nightly job and records how it ended in the {@link ScheduleLog}.
 * A run that finds another holding the data directory (a person's {@code observatory nightly}, a backfill, another
 * server's schedule) exits 75 at once and is recorded as skipped: two runs never overlap.
 */
public final class ScheduledNightly implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledNightly.class);

    private final NightlyLauncher launcher;
    private final ScheduleLog history;
    private final Clock clock;

    public ScheduledNightly(NightlyLauncher launcher, ScheduleLog history, Clock clock) {
        this.launcher = launcher;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant started = clock.instant();
        log.info("scheduled nightly run starting");
        ScheduledRun run;
        try {
            NightlyLauncher.Ended ended = launcher.run();
            run = new ScheduledRun(
                    started,
                    clock.instant(),
                    ScheduledRun.outcome(ended.exitCode()),
                    ended.exitCode(),
                    ended.lastLine());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run = new ScheduledRun(started, clock.instant(), "stopped", 143, "the server stopped during the run");
        } catch (RuntimeException e) {
            run = new ScheduledRun(
                    started, clock.instant(), "failed", -1, "cannot start the nightly run: " + e.getMessage());
        }
        history.append(run);
        if (run.skipped()) {
            log.warn("scheduled nightly run skipped: {}", run.detail());
        } else {
            log.info("scheduled nightly run {} (exit {})", run.outcome(), run.exitCode());
        }
    }
}
