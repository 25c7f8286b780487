package london.observatory.jobs.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import london.observatory.fetch.LandingListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The live progress of the current run, one entry per feed (and one for the release), moved from phase to phase
 * by listeners on the job's steps. Nothing here prints: the displays read {@link #inProgress} on their own thread.
 */
@Component
public class RunProgress {

    /** The name the release's steps (reference tables, publish) are shown under. */
    public static final String RELEASE = "release";

    private final Clock clock;
    private final Map<String, FeedProgress> entries = new LinkedHashMap<>();

    public RunProgress(Clock clock) {
        this.clock = clock;
    }

    /** The first step of {@code name} in a run: its counts and elapsed time start again from nothing. */
    public StepExecutionListener starts(String name, Phase phase) {
        return new PhaseListener(this, name, phase, true, null);
    }

    /** A later step of {@code name}. */
    public StepExecutionListener continues(String name, Phase phase) {
        return new PhaseListener(this, name, phase, false, null);
    }

    /** A later step of {@code name} that reads rows, counted by {@code rowsRead}. */
    public StepExecutionListener reads(String name, Phase phase, LongSupplier rowsRead) {
        return new PhaseListener(this, name, phase, false, rowsRead);
    }

    /** Where the fetch of {@code name} reports the bytes it lands. */
    public synchronized LandingListener landing(String name) {
        return entry(name, false);
    }

    /** What is running now: the entries whose step has begun and not yet ended, in the order they began. */
    synchronized List<ProgressState> inProgress(Instant now) {
        return entries.values().stream()
                .filter(FeedProgress::active)
                .map(entry -> entry.state(now))
                .toList();
    }

    synchronized void enter(String name, Phase phase, boolean first, LongSupplier rowsRead) {
        entry(name, first).enter(phase, rowsRead, clock.instant());
    }

    synchronized void leave(String name) {
        FeedProgress entry = entries.get(name);
        if (entry != null) {
            entry.leave(clock.instant());
        }
    }

    private FeedProgress entry(String name, boolean fresh) {
        FeedProgress entry = entries.get(name);
        if (entry == null || fresh) {
            entries.remove(name); // so a fresh entry is ordered by when it began
            entry = new FeedProgress(name, clock.instant());
            entries.put(name, entry);
        }
        return entry;
    }
}
