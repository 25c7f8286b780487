package london.observatory.jobs.nightly;

import java.io.IOException;
import java.util.Comparator;
import london.observatory.feed.FeedDescriptor;
import london.observatory.parquet.ObservationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A feed's flow failed: throw its staged data away (its last good partitions stay published), record
 * why in one line, and let the job go on to the next feed.
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
        JobExecution job = context.getStepContext().getStepExecution().getJobExecution();
        String why = reason(job);
        FeedRun run = ledger.feed(feed.id());
        if (run.quarantine != null) {
            run.quarantine.close();
        }
        store.discard(feed.id(), ledger.runId());
        run.finish(FeedRun.Outcome.FAILED, why, ledger.clock().instant());
        log.error("feed {} failed, keeping its last good data: {}", feed.id(), why);
        return RepeatStatus.FINISHED;
    }

    /** The first failure of this feed's steps, preferring a worker's own error to its manager's summary. */
    private String reason(JobExecution job) {
        return job.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED && belongsToFeed(step))
                .filter(step -> !step.getFailureExceptions().isEmpty())
                .sorted(Comparator.comparing((StepExecution step) -> !step.getStepName().contains(":"))
                        .thenComparing(StepExecution::getId))
                .map(step -> FailureMessages.oneLine(step.getFailureExceptions().get(0)))
                .findFirst()
                .orElse("failed without an error message");
    }

    private boolean belongsToFeed(StepExecution step) {
        String name = step.getStepName();
        return name.equals("fetch-" + feed.id()) || name.equals("commit-" + feed.id())
                || name.startsWith("ingest-" + feed.id());
    }
}
