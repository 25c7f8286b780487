package london.observatory.jobs.nightly;

import java.io.IOException;
import java.util.regex.Pattern;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.ingest.FeedIngest;
import london.observatory.lineage.FeedLineage;
import london.observatory.lineage.RunRecord;
import london.observatory.parquet.ObservationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A feed's flow failed: throw its staged data away (its last good partitions stay published), record
 * why in one line in its {@code runs} row, and let the job go on to the next feed.
 */
final class FeedFailedTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FeedFailedTasklet.class);

    private final FeedDescriptor feed;
    private final ObservationStore store;
    private final RunLedger ledger;

    FeedFailedTasklet(FeedDescriptor feed, ObservationStore store, RunLedger ledger) {
        this.feed = feed;
        this.store = store;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        FeedRun run = ledger.feed(feed.id());
        String why = run.failure() == null
                ? "failed without an error message (see the log)"
                // Messages from the engine name their feed; the summary already does.
                : run.failure().replaceFirst("^" + Pattern.quote(feed.id()) + ": ", "");
        FeedIngest ingest = run.ingest();
        if (ingest != null) {
            ingest.quarantine().close();
        }
        store.discard(feed.id(), ledger.runId());
        FeedLineage lineage = run.finish(RunRecord.Outcome.FAILED, why, ledger.now());
        store.writeLineage(lineage);
        log.error(
                "feed {} failed, keeping its last good data: {}",
                feed.id(),
                lineage.run().message());
        return RepeatStatus.FINISHED;
    }
}
