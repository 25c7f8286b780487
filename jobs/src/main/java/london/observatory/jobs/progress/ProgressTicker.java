package london.observatory.jobs.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a display up to date from a thread of its own while a run lasts; closing it (when the run ends) stops the
 * thread, lets a tick under way finish, and ends the display. A daemon thread: it never keeps the process alive.
 */
public final class ProgressTicker implements AutoCloseable {

    /** Often enough for a live line to look live, seldom enough to cost nothing; the log keeps its own interval. */
    static final Duration TICK = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(ProgressTicker.class);

    private final RunProgress progress;
    private final ProgressDisplay display;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread ticking = new Thread(task, "observatory-progress");
        ticking.setDaemon(true);
        return ticking;
    });

    private ProgressTicker(RunProgress progress, ProgressDisplay display, Clock clock) {
        this.progress = progress;
        this.display = display;
        this.clock = clock;
    }

    /** A ticker whose thread ticks every {@code every} ({@link #TICK}; a test ticks by hand). */
    static ProgressTicker start(RunProgress progress, ProgressDisplay display, Clock clock, Duration every) {
        ProgressTicker ticker = new ProgressTicker(progress, display, clock);
        ticker.thread.scheduleAtFixedRate(ticker::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return ticker;
    }

    void tick() {
        try {
            Instant now = clock.instant();
            display.show(progress.inProgress(now), now);
        } catch (RuntimeException e) {
            // A display that fails must not stop the run, nor (thrown from here) silently stop the ticks.
            LOG.debug("cannot show the run's progress", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown(); // no interrupt: a tick under way finishes its line
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        display.end();
    }
}
