package london.observatory.jobs.schedule;

import java.time.Instant;
import java.util.Locale;

/**
 * One nightly run the schedule started, as {@code <data-dir>/state/scheduled-runs.jsonl} keeps it: when, how it
 * ended and the run's last line (its reason when it did not complete).
 */
public record ScheduledRun(Instant startedAt, Instant finishedAt, String outcome, int exitCode, String detail) {

    /** The outcome of a nightly run's exit code (the command line's codes). */
    public static String outcome(int exitCode) {
        return switch (exitCode) {
            case 0 -> "completed";
            case 1 -> "feeds-failed";
            case 2 -> "publish-failed";
            case 75 -> "skipped"; // another run held the data directory: two runs never overlap
            case 143 -> "stopped";
            default -> "failed";
        };
    }

    public boolean skipped() {
        return outcome.toLowerCase(Locale.ROOT).equals("skipped");
    }
}
