package london.observatory.jobs.progress;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Shows a nightly run's progress while it runs: a live line on a terminal, or else a log line now and then. */
@Component
public class NightlyProgress {

    private final RunProgress progress;
    private final Clock clock;
    private final ProgressProperties properties;

    NightlyProgress(RunProgress progress, Clock clock, ProgressProperties properties) {
        this.progress = progress;
        this.clock = clock;
        this.properties = properties;
    }

    /** Starts showing; close what it returns when the run has ended, before anything else is printed. */
    public ProgressTicker show(boolean terminal) {
        ProgressDisplay display =
                terminal ? new TerminalDisplay() : ProgressLog.toLog(properties.logEvery(), clock.instant());
        return ProgressTicker.start(progress, display, clock, ProgressTicker.TICK);
    }

    /** Whether to draw a live line: as set, or else when the process has a console. */
    public boolean onTerminal(boolean console) {
        return properties.terminal() != null ? properties.terminal() : console;
    }
}
