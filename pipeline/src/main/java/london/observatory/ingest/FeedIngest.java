package london.observatory.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.LandedFeed;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.normalise.RecordCounts;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStaging;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.PartitionedObservationSink;
import london.observatory.source.Quarantine;

/**
 * One feed's ingest in one run, shared by its workers: where bad rows go, how records were placed, merged
 * areas waiting for their parts, a record-level feed's counts, the private staging directory, and the
 * rows read and written. Counters are atomic because workers ingest at once.
 */
public final class FeedIngest {

    /** Records are counted by the month of their date. */
    private static final String RECORD_PERIOD = "month";

    private final FeedDescriptor feed;
    private final String runId;
    private final LandedFeed landed;
    private final Quarantine quarantine;
    private final Reconciliation reconciliation;
    private final FanInAccumulator fanIn = new FanInAccumulator();
    private final RecordCounts recordCounts;
    private final ObservationStaging staging;
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong rowsWritten = new AtomicLong();

    private FeedIngest(
            FeedDescriptor feed, String runId, LandedFeed landed, Quarantine quarantine, ObservationStaging staging) {
        this.feed = feed;
        this.runId = runId;
        this.landed = landed;
        this.quarantine = quarantine;
        this.staging = staging;
        if (feed.records() == null) {
            this.reconciliation = new Reconciliation(feed.nativeGeography());
            this.recordCounts = null;
        } else {
            // Record-level feeds are personal data: their reconciliation never keeps a postcode or a point.
            this.reconciliation = Reconciliation.withoutCodes(feed.nativeGeography());
            this.recordCounts = RecordCounts.placedBy(feed.records().placeBy());
        }
    }

    /** Opens the feed's staging (settling whatever an earlier run of the feed left there) and quarantine. */
    public static FeedIngest open(
            FeedDescriptor feed, String runId, LandedFeed landed, Path dataDir, ObservationStore store)
            throws IOException {
        return new FeedIngest(
                feed, runId, landed, new Quarantine(dataDir, feed.id(), runId), store.staging(feed.id(), runId));
    }

    /**
     * Writes what the workers could not write themselves: merged areas still missing a part (flagged
     * incomplete) and a record-level feed's counts, complete only once every record has been read.
     * Call once, after every worker has finished; closes the quarantine.
     */
    public void finish() throws IOException {
        List<Observation> rest = new ArrayList<>(fanIn.drainIncomplete());
        // The reconciliation adds up counts only: a merged rate is tallied as a record, not as a value.
        rest.forEach(o -> reconciliation.placed(feed.indicator(o.indicatorId()).isCount() ? o.value() : null));
        if (recordCounts != null) {
            rest.addAll(recordCounts.observations(feed.recordCount().id(), RECORD_PERIOD, runId, reconciliation));
        }
        reconciliation.withheldInSums(fanIn.withheldValue());
        quarantine.close();
        if (rest.isEmpty()) {
            return;
        }
        try (PartitionedObservationSink sink = staging.openSink("held-back")) {
            sink.write(rest);
            sink.finish();
        }
        rowsWritten.addAndGet(rest.size());
    }

    public FeedDescriptor feed() {
        return feed;
    }

    public String runId() {
        return runId;
    }

    public LandedFeed landed() {
        return landed;
    }

    public Quarantine quarantine() {
        return quarantine;
    }

    public Reconciliation reconciliation() {
        return reconciliation;
    }

    public FanInAccumulator fanIn() {
        return fanIn;
    }

    /** A record-level feed's counts per LSOA and month; null for other feeds. */
    public RecordCounts recordCounts() {
        return recordCounts;
    }

    public ObservationStaging staging() {
        return staging;
    }

    public void read(long rows) {
        rowsRead.addAndGet(rows);
    }

    public void written(long rows) {
        rowsWritten.addAndGet(rows);
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public long rowsWritten() {
        return rowsWritten.get();
    }

    public long rowsQuarantined() {
        return quarantine.count();
    }
}
