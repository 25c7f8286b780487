package london.observatory.jobs.nightly;

import java.io.IOException;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.LandingProgress;
import london.observatory.fetch.MaskedFailure;
import london.observatory.fetch.UrlMasker;
import london.observatory.ingest.SourceFormat;
import london.observatory.jobs.progress.RunProgress;
import london.observatory.lineage.RunRecord;
import london.observatory.parquet.ObservationStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lands the feed's source (conditional GET, paged, as its format lands it) and checks every landed file's
 * header before anything is written. An unchanged source ends the feed here, with its {@code runs} row,
 * and exit status {@code UNCHANGED}.
 */
final class FetchTasklet implements Tasklet {

    private final FeedDescriptor feed;
    private final SourceFormat format;
    private final ObservationStore store;
    private final RunLedger ledger;
    private final RunProgress progress;

    FetchTasklet(
            FeedDescriptor feed, SourceFormat format, ObservationStore store, RunLedger ledger, RunProgress progress) {
        this.feed = feed;
        this.format = format;
        this.store = store;
        this.ledger = ledger;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        FeedRun run = ledger.start(feed);
        try {
            LandedFeed landed = LandingProgress.reportingTo(
                    progress.landing(feed.id()), () -> format.lander().land(feed, ledger.startedAt()));
            run.landed(landed);
            if (landed.unchanged()) {
                store.writeLineage(run.finish(RunRecord.Outcome.UNCHANGED, null, ledger.now()));
                contribution.setExitStatus(new ExitStatus(NightlyJobConfiguration.UNCHANGED));
                return RepeatStatus.FINISHED;
            }
            format.checkHeaders(feed, landed.pages());
            return RepeatStatus.FINISHED;
        } catch (RuntimeException e) {
            // This step is where the feed's URL is in play; whatever it throws is logged by the framework.
            throw MaskedFailure.of(e, UrlMasker.of(feed.source()));
        }
    }
}
