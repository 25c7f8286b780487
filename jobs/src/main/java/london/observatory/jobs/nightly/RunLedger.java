package london.observatory.jobs.nightly;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.lineage.SampleRecordings;
import org.springframework.stereotype.Component;

/**
 * The current run: its id and start, each feed's {@link FeedRun} in the order the feeds ran, and what was
 * published. One nightly run at a time per process (the data directory's lock), so it is reset at the
 * start of each run.
 */
@Component
public class RunLedger {

    private final Clock clock;
    private final SampleRecordings samples;
    private final Map<String, FeedRun> feeds = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Map<String, String> committedEarlier = new LinkedHashMap<>();
    private volatile String runId;
    private volatile Instant startedAt;
    private volatile String publishFailure;
    private volatile Map<String, Long> published = Map.of();

    public RunLedger(Clock clock, ObservatoryProperties properties) {
        this.clock = clock;
        this.samples = new SampleRecordings(properties.baseDir().resolve("data-samples"));
    }

    public synchronized void begin(String newRunId, Instant at) {
        runId = newRunId;
        startedAt = at;
        feeds.clear();
        order.clear();
        committedEarlier.clear();
        publishFailure = null;
        published = Map.of();
    }

    synchronized FeedRun start(FeedDescriptor feed) {
        FeedRun run = new FeedRun(feed, runId, clock.instant(), samples);
        feeds.put(feed.id(), run);
        order.add(feed.id());
        return run;
    }

    FeedRun feed(String feedId) {
        FeedRun run = feeds.get(feedId);
        if (run == null) {
            throw new IllegalStateException("feed " + feedId + " has not started in run " + runId);
        }
        return run;
    }

    public synchronized List<FeedRun> feeds() {
        return order.stream().map(feeds::get).toList();
    }

    /** A feed an earlier execution of this job instance committed, so this one did not redo it. */
    synchronized void committedEarlier(String feedId, String inRun) {
        committedEarlier.put(feedId, inRun);
    }

    /** Feed id → the run that committed it, for the feeds this restarted run did not redo. */
    public synchronized Map<String, String> committedEarlier() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(committedEarlier));
    }

    /** When the run started: the time its raw landings are stamped with. */
    Instant startedAt() {
        return startedAt;
    }

    Instant now() {
        return clock.instant();
    }

    String runId() {
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
