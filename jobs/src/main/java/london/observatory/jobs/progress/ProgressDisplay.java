package london.observatory.jobs.progress;

import java.time.Instant;
import java.util.List;

/** Shows a run's progress, on each tick of the display's thread and once when the run ends. */
interface ProgressDisplay {

    /** {@code states}: what is in progress at {@code now}, in the order it began (empty between steps). */
    void show(List<ProgressState> states, Instant now);

    /** The run has ended: nothing of the display may be left in the way of what is printed next. */
    void end();
}
