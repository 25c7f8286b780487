package london.observatory.jobs.nightly;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The current run's per-feed records. One nightly run at a time per process (the command line holds a
 * lock on the data directory), so the ledger is reset at the start of each run.
 */
@Component
public class RunLedger {

    private final Clock clock;
    private final Map<String, FeedRun> feeds = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private volatile String runId;
    private volatile java.time.Instant startedAt;
    private volatile String publishFailure;
    private volatile Map<String, Long> published = Map.of();

    public RunLedger(Clock clock) {
        this.clock = clock;
    }

    public synchronized void begin(String newRunId, java.time.Instant at) {
        runId = newRunId;
        startedAt = at;
        feeds.clear();
        order.clear();
        publishFailure = null;
        published = Map.of();
    }

    public synchronized FeedRun start(String feedId) {
        FeedRun run = new FeedRun(feedId, clock.instant());
        feeds.put(feedId, run);
        order.add(feedId);
        return run;
    }

    public FeedRun feed(String feedId) {
        FeedRun run = feeds.get(feedId);
        if (run == null) {
            throw new IllegalStateException("feed " + feedId + " has not started in run " + runId);
        }
        return run;
    }

    public synchronized List<FeedRun> feeds() {
        return order.stream().map(feeds::get).toList();
    }

    /** When the run started: the time its raw landings are stamped with. */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    public Clock clock() {
        return clock;
    }

    public String runId() {
        return runId;
    }

    public String publishFailure() {
        return publishFailure;
    }

    /** Row counts of the tables in the database this run published (empty when it did not publish). */
    public Map<String, Long> published() {
        return published;
    }

    void published(Map<String, Long> tables) {
        published = Map.copyOf(tables);
    }

    void publishFailed(String why) {
        publishFailure = why;
    }
}
