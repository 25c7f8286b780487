package london.observatory.jobs.nightly;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FeedStateStore;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.PartitionedObservationSink;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Makes a feed's ingest visible, or refuses to: writes merged areas still waiting for a part and the
 * counts of a record-level feed, checks the row count against the source's own total, the share of bad
 * rows against the descriptor's limit and that the rows read gave some observation, then swaps the
 * feed's staged partitions in and records the source's validators so the next
 * run can tell an unchanged source.
 */
final class CommitTasklet implements Tasklet {

    /** Records are counted by the month of their date. */
    private static final String RECORD_PERIOD = "month";

    private final FeedDescriptor feed;
    private final ObservationStore store;
    private final FeedStateStore states;
    private final RunLedger ledger;

    CommitTasklet(FeedDescriptor feed, ObservationStore store, FeedStateStore states, RunLedger ledger) {
        this.feed = feed;
        this.store = store;
        this.states = states;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        FeedRun run = ledger.feed(feed.id());
        writeHeldBack(run);
        run.reconciliation.withheldInSums(run.fanIn.withheldValue());
        run.quarantine.close();
        checkRowCount(run);
        checkBadRowShare(run);
        checkSomethingToPublish(run);
        store.commit(feed.id(), ledger.runId());
        states.save(feed.id(), run.landed.stateAfterCommit());
        run.finish(FeedRun.Outcome.INGESTED, null, ledger.clock().instant());
        return RepeatStatus.FINISHED;
    }

    /**
     * What the workers could not write themselves: merged areas still missing a part, and a record-level
     * feed's counts, which are only complete once every record has been read.
     */
    private void writeHeldBack(FeedRun run) throws IOException {
        List<Observation> rest = new ArrayList<>(run.fanIn.drainIncomplete());
        // The reconciliation adds up counts only: a merged rate is tallied as a record, not as a value.
        rest.forEach(o -> run.reconciliation.placed(feed.indicator(o.indicatorId()).isCount() ? o.value() : null));
        if (run.recordCounts != null) {
            rest.addAll(run.recordCounts.observations(feed.indicators().get(0).id(), RECORD_PERIOD, ledger.runId(),
                    run.reconciliation));
        }
        if (rest.isEmpty()) {
            return;
        }
        try (PartitionedObservationSink sink = run.staging.openSink("held-back")) {
            sink.write(rest);
            sink.finish();
        }
        run.rowsWritten.addAndGet(rest.size());
    }

    private void checkRowCount(FeedRun run) {
        if (run.expectedRows >= 0 && run.rowsRead() != run.expectedRows) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: read %d rows but the source announced %d", feed.id(), run.rowsRead(), run.expectedRows));
        }
    }

    /**
     * Rows read and not one observation made: every row was set aside or matched no indicator, which is what
     * a renamed column the mapping filters on (a measure or type column) looks like. Committing would report
     * the feed ingested, record the source as seen, and leave it unread until the source changes again.
     */
    private void checkSomethingToPublish(FeedRun run) {
        if (run.rowsRead() > 0 && run.rowsWritten() == 0) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: read %d rows but none gave an observation: each was set aside or matched no indicator "
                            + "(has the source's layout changed?)", feed.id(), run.rowsRead()));
        }
    }

    private void checkBadRowShare(FeedRun run) {
        long read = run.rowsRead();
        long bad = run.rowsQuarantined();
        if (read > 0 && bad > feed.maxBadRowShare() * read) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: %d of %d rows (%.1f%%) are bad, more than the %.1f%% allowed; see %s", feed.id(), bad,
                    read, 100.0 * bad / read, 100.0 * feed.maxBadRowShare(), run.quarantine.path()));
        }
    }
}
