package london.observatory.jobs.progress;

import java.util.function.LongSupplier;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Puts a feed into a phase for as long as one of its steps runs, whatever way the step ends. */
final class PhaseListener implements StepExecutionListener {

    private final RunProgress progress;
    private final String name;
    private final Phase phase;
    private final boolean first;
    private final LongSupplier rowsRead;

    PhaseListener(RunProgress progress, String name, Phase phase, boolean first, LongSupplier rowsRead) {
        this.progress = progress;
        this.name = name;
        this.phase = phase;
        this.first = first;
        this.rowsRead = rowsRead;
    }

    @Override
    public void beforeStep(StepExecution step) {
        progress.enter(name, phase, first, rowsRead);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.leave(name);
        return null; // the step's own exit status stands
    }
}
