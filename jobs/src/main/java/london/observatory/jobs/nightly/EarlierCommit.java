package london.observatory.jobs.nightly;

import london.observatory.descriptor.FeedDescriptor;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Whether an earlier execution of this job instance committed the feed: a backfill run again after a later step
 * (the publish) failed. Its data are live, so the feed is not redone, and the restart goes on from the step that
 * failed. A feed not committed is redone whole, from its fetch: what its fetch and ingest handed on (the landing,
 * the staged partitions, the tallies of its {@code runs} row) lived in the failed process and in staging, which
 * start-up removes. A nightly run is a new job instance every time, so it never finds one.
 */
final class EarlierCommit implements JobExecutionDecider {

    static final String COMMITTED = "COMMITTED";
    static final String NOT_COMMITTED = "NOT_COMMITTED";

    private final String feedId;
    private final String commitStep;
    private final JobRepository repository;
    private final RunLedger ledger;

    EarlierCommit(FeedDescriptor feed, String commitStep, JobRepository repository, RunLedger ledger) {
        this.feedId = feed.id();
        this.commitStep = commitStep;
        this.repository = repository;
        this.ledger = ledger;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution job, StepExecution step) {
        StepExecution last = repository.getLastStepExecution(job.getJobInstance(), commitStep);
        if (last == null || last.getStatus() != BatchStatus.COMPLETED || last.getJobExecutionId() == job.getId()) {
            return new FlowExecutionStatus(NOT_COMMITTED);
        }
        JobExecution earlier = repository.getJobExecution(last.getJobExecutionId());
        ledger.committedEarlier(feedId, earlier.getJobParameters().getString(NightlyRunner.RUN_ID));
        return new FlowExecutionStatus(COMMITTED);
    }
}
