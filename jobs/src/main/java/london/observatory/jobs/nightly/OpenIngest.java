package london.observatory.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.ingest.FeedIngest;
import london.observatory.parquet.ObservationStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Before a feed's ingest step shares out its pages: opens the feed's ingest (staging, quarantine, tallies). */
final class OpenIngest implements StepExecutionListener {

    private final FeedDescriptor feed;
    private final RunLedger ledger;
    private final ObservationStore store;
    private final Path dataDir;

    OpenIngest(FeedDescriptor feed, RunLedger ledger, ObservationStore store, Path dataDir) {
        this.feed = feed;
        this.ledger = ledger;
        this.store = store;
        this.dataDir = dataDir;
    }

    @Override
    public void beforeStep(StepExecution step) {
        FeedRun run = ledger.feed(feed.id());
        try {
            run.ingest(FeedIngest.open(feed, ledger.runId(), run.landed(), dataDir, store));
        } catch (IOException e) {
            throw new UncheckedIOException(feed.id() + ": cannot open staging: " + e.getMessage(), e);
        }
    }
}
