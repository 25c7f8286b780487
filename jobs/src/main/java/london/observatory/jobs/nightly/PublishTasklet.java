package london.observatory.jobs.nightly;

import java.nio.file.Path;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Geography;
import london.observatory.publish.PublishException;
import london.observatory.publish.PublishResult;
import london.observatory.release.ReleasePublisher;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes the run's release (named by the run id: the full and open databases, the search index and
 * {@code release.json}) and makes it the latest; a failed build or check keeps the last good release live.
 */
final class PublishTasklet implements Tasklet {

    private final ReleasePublisher publisher;
    private final RunLedger ledger;
    private final Path dataDir;
    private final FeedCatalog catalog;
    private final Geography geography;

    PublishTasklet(
            ReleasePublisher publisher, RunLedger ledger, Path dataDir, FeedCatalog catalog, Geography geography) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.geography = geography;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        try {
            PublishResult result = publisher.publish(dataDir, ledger.runId(), catalog, geography);
            ledger.published(result.rowCounts());
        } catch (PublishException e) {
            ledger.publishFailed(FailureMessages.oneLine(e));
            throw e;
        }
        return RepeatStatus.FINISHED;
    }
}
