package london.observatory.jobs.nightly;

import java.io.IOException;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FeedStateStore;
import london.observatory.ingest.CommitGate;
import london.observatory.ingest.DataTestGate;
import london.observatory.ingest.FeedIngest;
import london.observatory.lineage.RunRecord;
import london.observatory.parquet.ObservationStore;
import london.observatory.period.PeriodSpan;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Makes a feed's ingest visible, or refuses to: finishes it (rows the workers held back), lets the
 * {@link CommitGate} judge it, runs its data tests against the last good data ({@link DataTestGate}), then swaps the feed's staged partitions in together with its {@code runs}
 * and {@code reconciliation} rows and the source's validators (so the next run can tell an unchanged
 * source), all in one commit. A backfill ({@code periods} set) first drops the staged periods outside its range
 * ({@link BackfillPeriods}) and saves no validators: the live data are then not all of what was fetched, so the
 * next nightly run must not take the source for unchanged.
 */
final class CommitTasklet implements Tasklet {

    private final FeedDescriptor feed;
    private final ObservationStore store;
    private final FeedStateStore states;
    private final RunLedger ledger;
    private final PeriodSpan periods;

    CommitTasklet(
            FeedDescriptor feed, ObservationStore store, FeedStateStore states, RunLedger ledger, PeriodSpan periods) {
        this.feed = feed;
        this.store = store;
        this.states = states;
        this.ledger = ledger;
        this.periods = periods;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        FeedRun run = ledger.feed(feed.id());
        FeedIngest ingest = run.ingest();
        ingest.finish();
        CommitGate.check(ingest);
        String note = periods == null ? null : BackfillPeriods.keepOnly(periods, ingest);
        // Before the swap: the live partitions are still the last good data of each period this run staged.
        DataTestGate.check(feed, ingest.staging().dir(), store.feedDir(feed.id()));
        if (periods == null) {
            states.saveAt(
                    ingest.staging().withCommit(states.fileOf(feed.id())),
                    feed.id(),
                    run.landed().stateAfterCommit());
        }
        store.commit(feed.id(), ledger.runId(), run.finish(RunRecord.Outcome.INGESTED, note, ledger.now()));
        return RepeatStatus.FINISHED;
    }
}
