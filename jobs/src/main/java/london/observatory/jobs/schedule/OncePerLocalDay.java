package london.observatory.jobs.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron schedule read on the local wall clock of {@code zone}, so a daily expression fires exactly once on every
 * local day. Spring's own cron trigger steps through zoned times: a time the spring clock change removes (01:30 on
 * the last Sunday of March in London) is skipped that day, and one the autumn change repeats fires twice. Here the
 * expression finds the next matching local time, and only then is it placed on the time line: a time in the gap
 * runs as much later as the gap is long (01:30 becomes 02:30 BST), and a repeated time runs at its first
 * occurrence. The run after is looked for after the local time the last run was scheduled for, not after the
 * moment it ended, so a run that ends inside the repeated hour does not find its own time again.
 */
public final class OncePerLocalDay implements Trigger {

    private final CronExpression cron;
    private final ZoneId zone;

    public OncePerLocalDay(String expression, ZoneId zone) {
        this.cron = CronExpression.parse(expression);
        this.zone = zone;
    }

    /**
     * The next run at or after {@code now}, given when the last run was scheduled (null before the first). A
     * schedule missed while nothing was running is not made up: the next is then the first after {@code now}.
     */
    public Instant next(Instant now, Instant lastScheduled) {
        Instant fromNow = after(now);
        if (lastScheduled == null) {
            return fromNow;
        }
        Instant fromLast = after(lastScheduled);
        return fromLast.isBefore(now) ? fromNow : fromLast;
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        return next(context.getClock().instant(), context.lastScheduledExecution());
    }

    private Instant after(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDateTime next = cron.next(local);
        if (next == null) {
            throw new IllegalStateException("the schedule " + cron + " never fires after " + local);
        }
        // No preferred offset: in a gap, later by the gap's length; in an overlap, the earlier offset.
        return ZonedDateTime.ofLocal(next, zone, null).toInstant();
    }
}
