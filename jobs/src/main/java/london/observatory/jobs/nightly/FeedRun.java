package london.observatory.jobs.nightly;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.PageRecord;
import london.observatory.fetch.UrlMasker;
import london.observatory.geography.Reconciliation;
import london.observatory.ingest.FeedIngest;
import london.observatory.lineage.FeedLineage;
import london.observatory.lineage.ReconciliationRecord;
import london.observatory.lineage.RunRecord;
import london.observatory.lineage.SampleRecordings;

/**
 * One feed in the current run, as its steps hand it on: the landing (set by fetch), the ingest (opened by
 * the ingest step, shared by its workers) and, once the feed has ended, its {@link RunRecord}. Each is set
 * once; the summary and the lineage tables read them.
 */
public final class FeedRun {

    private final FeedDescriptor feed;
    private final String runId;
    private final Instant startedAt;
    private final SampleRecordings samples;
    private volatile LandedFeed landed;
    private volatile FeedIngest ingest;
    private volatile RunRecord record;
    private volatile Map<String, List<Path>> shares = Map.of();
    private String failure;

    FeedRun(FeedDescriptor feed, String runId, Instant startedAt, SampleRecordings samples) {
        this.samples = samples;
        this.feed = feed;
        this.runId = runId;
        this.startedAt = startedAt;
    }

    void landed(LandedFeed landing) {
        landed = landing;
    }

    LandedFeed landed() {
        return landed;
    }

    /** The landed pages each ingest worker reads, by worker name ({@code w0}, {@code w1}, ...). */
    void shareOut(Map<String, List<Path>> byWorker) {
        shares = Map.copyOf(byWorker);
    }

    List<Path> share(String worker) {
        List<Path> pages = shares.get(worker);
        if (pages == null) {
            throw new IllegalStateException(feed.id() + ": no pages were shared out to ingest worker " + worker);
        }
        return pages;
    }

    void ingest(FeedIngest opened) {
        ingest = opened;
    }

    FeedIngest ingest() {
        return ingest;
    }

    /** Rows read so far by the feed's ingest (0 before it opens): for the progress line, asked at each tick. */
    long rowsRead() {
        FeedIngest in = ingest;
        return in == null ? 0 : in.rowsRead();
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

    /**
     * Ends the feed: what its {@code runs} row and its {@code reconciliation} rows say. The row's URL and message
     * are masked here, where every row is made, whatever path they came by.
     */
    FeedLineage finish(RunRecord.Outcome outcome, String message, Instant at) {
        UrlMasker masker = UrlMasker.of(feed.source());
        List<PageRecord> requests = landed == null || landed.manifest() == null
                ? List.of()
                : landed.manifest().requests();
        PageRecord first = requests.isEmpty() ? null : requests.get(0);
        FeedIngest in = ingest;
        record = new RunRecord(
                runId,
                feed.id(),
                startedAt,
                at,
                outcome,
                masker.hide(message),
                masker.hide(first == null ? feed.source().url() : first.url()),
                landed == null || landed.manifest() == null
                        ? null
                        : landed.manifest().sha256(),
                landed == null || landed.landingDir() == null
                        ? null
                        : landed.landingDir().toString(),
                in == null ? 0 : in.rowsRead(),
                in == null ? 0 : in.rowsWritten(),
                in == null ? 0 : in.rowsQuarantined(),
                first == null ? null : first.lastModified() != null ? first.lastModified() : first.etag(),
                RunRecord.expectedNextRelease(feed.cadence(), startedAt),
                samples.isSample(feed.source().url()));
        List<ReconciliationRecord> lines = outcome == RunRecord.Outcome.INGESTED
                ? ReconciliationRecord.of(runId, feed.id(), in.reconciliation())
                : List.of();
        return new FeedLineage(record, lines);
    }

    public String feedId() {
        return feed.id();
    }

    /** The feed's {@code runs} row; null while it is still running. */
    public RunRecord record() {
        return record;
    }

    /** How the feed's records were placed on the spine; null unless it was ingested. */
    public Reconciliation reconciliation() {
        return record != null && record.outcome() == RunRecord.Outcome.INGESTED ? ingest.reconciliation() : null;
    }

    public Duration elapsed() {
        return record == null ? Duration.ZERO : Duration.between(startedAt, record.finishedAt());
    }
}
