package london.observatory.jobs.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress where no one watches a terminal (a service's log, a pipe): a plain line per feed in progress, every
 * {@code every}, the first one {@code every} after the run began, so a short run logs none.
 */
final class ProgressLog implements ProgressDisplay {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final Duration every;
    private final Consumer<String> log;
    private Instant next;

    /** Lines at INFO in the application's log (its console and its file). */
    static ProgressLog toLog(Duration every, Instant start) {
        return new ProgressLog(every, start, LOG::info);
    }

    ProgressLog(Duration every, Instant start, Consumer<String> log) {
        this.every = every;
        this.log = log;
        this.next = start.plus(every);
    }

    @Override
    public synchronized void show(List<ProgressState> states, Instant now) {
        if (now.isBefore(next) || states.isEmpty()) {
            return; // between two steps: the line waits for the next one
        }
        states.forEach(state -> log.accept(ProgressLine.of(state)));
        next = now.plus(every);
    }

    @Override
    public void end() {
        // every line is whole already
    }
}
