package london.observatory.jobs.schedule;

/** Starts one nightly run and waits for it: its exit code and its last line of output. */
@FunctionalInterface
public interface NightlyLauncher {

    record Ended(int exitCode, String lastLine) {}

    Ended run() throws InterruptedException;
}
