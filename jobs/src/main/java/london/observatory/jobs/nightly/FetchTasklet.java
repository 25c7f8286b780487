package london.observatory.jobs.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.source.SourceFormats;
import london.observatory.fetch.PageRecord;
import london.observatory.geography.Reconciliation;
import london.observatory.source.HeaderCheck;
import london.observatory.source.Quarantine;
import london.observatory.normalise.RecordCounts;
import london.observatory.parquet.ObservationStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lands the feed's source (conditional GET, paged) and checks every landed file's header against the
 * descriptor before anything is written. An unchanged source ends the feed here with exit status
 * {@code UNCHANGED}.
 */
final class FetchTasklet implements Tasklet {

    private final FeedDescriptor feed;
    private final Lander lander;
    private final SourceFormats formats;
    private final ObservationStore store;
    private final RunLedger ledger;
    private final Path dataDir;

    FetchTasklet(FeedDescriptor feed, Lander lander, SourceFormats formats, ObservationStore store, RunLedger ledger,
                 Path dataDir) {
        this.feed = feed;
        this.lander = lander;
        this.formats = formats;
        this.store = store;
        this.ledger = ledger;
        this.dataDir = dataDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        FeedRun run = ledger.start(feed.id());
        run.sourceUrl = feed.source().url();
        LandedFeed landed = lander.land(feed, ledger.startedAt());
        List<PageRecord> requests = landed.manifest() == null ? List.of() : landed.manifest().requests();
        if (!requests.isEmpty()) {
            PageRecord first = requests.get(0);
            run.sourceUrl = first.url();
            run.upstreamChange = first.lastModified() != null ? first.lastModified() : first.etag();
        }
        if (landed.unchanged()) {
            run.finish(FeedRun.Outcome.UNCHANGED, null, ledger.clock().instant());
            contribution.setExitStatus(new ExitStatus(NightlyJobConfiguration.UNCHANGED));
            return RepeatStatus.FINISHED;
        }
        if (formats.isTable(feed)) {
            formats.checkHeaders(feed, landed.pages());
        } else {
            HeaderCheck.checkAll(feed.id(), landed.pages(), feed.columns());
        }
        run.landed = landed;
        run.pages = landed.pages();
        run.expectedRows = landed.expectedRows();
        run.sha256 = landed.manifest().sha256();
        run.rawDir = landed.landingDir();
        run.quarantine = new Quarantine(dataDir, feed.id(), ledger.runId());
        if (feed.records() == null) {
            run.reconciliation = new Reconciliation(feed.nativeGeography());
        } else {
            run.reconciliation = Reconciliation.withoutCodes(feed.nativeGeography());
            run.recordCounts = RecordCounts.placedBy(feed.records().placeBy());
        }
        run.staging = store.staging(feed.id(), ledger.runId());
        return RepeatStatus.FINISHED;
    }
}
