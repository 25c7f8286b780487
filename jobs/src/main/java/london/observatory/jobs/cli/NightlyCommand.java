package london.observatory.jobs.cli;

import java.io.PrintStream;
import java.util.Optional;
import london.observatory.jobs.alerts.FeedAlerts;
import london.observatory.jobs.command.JobCommand;
import london.observatory.jobs.command.UsageException;
import london.observatory.jobs.nightly.GracefulStop;
import london.observatory.jobs.nightly.NightlyRunner;
import london.observatory.jobs.nightly.NightlyRunner.NightlyResult;
import london.observatory.jobs.progress.NightlyProgress;
import london.observatory.jobs.progress.ProgressTicker;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The job commands ({@link JobCommand}): {@code observatory nightly} runs the nightly job once, {@code observatory
 * run <feed>} the same for one feed, {@code observatory backfill <feed> --from <period> --to <period>} fetches a
 * feed again and commits only those periods; each prints a per-feed summary. A backfill that completed before
 * prints one line and does nothing. Exit codes: 0 all feeds ingested or unchanged and the database published (or
 * nothing to do); 1 one or more feeds failed (the others were published); 2 the publish failed (the last good
 * database is kept); 64 usage. Before this runs, a failed start exits 64 for a job command written wrongly, 75
 * when another run holds the data directory, 78 when a setting cannot be used (a file, feed id, descriptor or
 * value; see {@code failure.StartupFailure}) and 1 for anything else, each with one line on the console and the
 * stack trace (but for 64 and 75) in {@code data/logs/}.
 */
@Component
class NightlyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final NightlyRunner runner;
    private final GracefulStop stop;
    private final NightlyProgress progress;
    private final FeedAlerts alerts;
    private final boolean terminal;
    private final PrintStream out;
    private int exitCode;

    NightlyCommand(NightlyRunner runner, GracefulStop stop, NightlyProgress progress, FeedAlerts alerts) {
        this.runner = runner;
        this.stop = stop;
        this.progress = progress;
        this.alerts = alerts;
        // A live line only for a person at a terminal, as the read commands decide; observatory.progress.terminal
        // says otherwise either way.
        this.terminal = progress.onTerminal(System.console() != null);
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().isEmpty()) {
            return; // started for something else (tests, a future server): nothing to run
        }
        // Written wrongly, a job command has stopped the start already (the data directory's lock reads it first).
        Optional<JobCommand> command = JobCommand.of(args.getSourceArgs());
        if (command.isEmpty()) {
            out.println(JobCommand.USAGE);
            exitCode = UsageException.EXIT_CODE;
            return;
        }
        stop.during(() -> {
            Optional<String> done = runner.alreadyDone();
            if (done.isPresent()) {
                out.println(done.get());
                exitCode = 0;
                return;
            }
            NightlyResult result;
            try (ProgressTicker shown = progress.show(terminal)) {
                result = runner.run();
            }
            out.print(new RunSummary(result).render());
            exitCode = result.exitCode();
        });
        alerts.afterRun();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
