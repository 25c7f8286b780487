package london.observatory.jobs.nightly;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import london.observatory.fetch.LandedFeed;
import london.observatory.geography.Reconciliation;
import london.observatory.source.Quarantine;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.normalise.RecordCounts;
import london.observatory.parquet.ObservationStaging;

/**
 * What one feed did in the current run: shared by its fetch, ingest workers and commit steps, and read by
 * the summary and the {@code runs} table. Counters are atomic because two workers ingest at once.
 */
public final class FeedRun {

    public enum Outcome { PENDING, INGESTED, UNCHANGED, FAILED }

    private final String feedId;
    private final Instant startedAt;
    final AtomicLong rowsRead = new AtomicLong();
    final AtomicLong rowsWritten = new AtomicLong();
    final FanInAccumulator fanIn = new FanInAccumulator();
    /** A record-level feed's counts per LSOA and month, filled by every worker; null for other feeds. */
    volatile RecordCounts recordCounts;
    volatile Quarantine quarantine;
    volatile Reconciliation reconciliation;
    volatile ObservationStaging staging;
    volatile LandedFeed landed;
    volatile List<Path> pages = List.of();
    volatile long expectedRows = -1;
    volatile String sourceUrl;
    volatile String sha256;
    volatile Path rawDir;
    volatile String upstreamChange;
    volatile Outcome outcome = Outcome.PENDING;
    volatile String message;
    private String failure;
    volatile Instant finishedAt;

    FeedRun(String feedId, Instant startedAt) {
        this.feedId = feedId;
        this.startedAt = startedAt;
    }

    /** The first error recorded for this feed in this run; later ones are consequences. */
    synchronized void recordFailure(String why) {
        if (failure == null) {
            failure = why;
        }
    }

    synchronized String failure() {
        return failure;
    }

    void finish(Outcome result, String why, Instant at) {
        outcome = result;
        message = why;
        finishedAt = at;
    }

    public String feedId() {
        return feedId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public long rowsWritten() {
        return rowsWritten.get();
    }

    public long rowsQuarantined() {
        Quarantine q = quarantine;
        return q == null ? 0 : q.count();
    }

    /** How the feed's records were placed on the spine; null until the feed has landed. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Duration elapsed() {
        return Duration.between(startedAt, finishedAt == null ? startedAt : finishedAt);
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public String sha256() {
        return sha256;
    }

    public Path rawDir() {
        return rawDir;
    }

    public String upstreamChange() {
        return upstreamChange;
    }
}
