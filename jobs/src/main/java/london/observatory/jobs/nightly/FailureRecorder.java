package london.observatory.jobs.nightly;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Keeps the first error of a feed's steps (a worker's own error comes before its manager's summary), so
 * the feed's failure step and the summary can say why in one line.
 */
final class FailureRecorder implements StepExecutionListener {

    private final String feedId;
    private final RunLedger ledger;

    FailureRecorder(String feedId, RunLedger ledger) {
        this.feedId = feedId;
        this.ledger = ledger;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.FAILED
                && !step.getFailureExceptions().isEmpty()) {
            ledger.feed(feedId)
                    .recordFailure(
                            FailureMessages.oneLine(step.getFailureExceptions().get(0)));
        }
        return null;
    }
}
