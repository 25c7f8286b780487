package london.observatory.jobs.nightly;

import java.nio.file.Path;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.PublishException;
import london.observatory.publish.PublishResult;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Builds, checks and swaps in {@code observatory.duckdb}; a failed check keeps the last good file. */
final class PublishTasklet implements Tasklet {

    private final DuckDbPublisher publisher;
    private final RunLedger ledger;
    private final Path dataDir;

    PublishTasklet(DuckDbPublisher publisher, RunLedger ledger, Path dataDir) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.dataDir = dataDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        try {
            PublishResult result = publisher.publish(dataDir);
            ledger.published(result.rowCounts());
        } catch (PublishException e) {
            ledger.publishFailed(FailureMessages.oneLine(e));
            throw e;
        }
        return RepeatStatus.FINISHED;
    }
}
