package london.observatory.freshness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One feed's row of {@code feed_status}: its last run and success, its last upstream change, when its next
 * release is expected and how long after that it counts as late. {@link #state} applies the view's rule to any
 * date, so the command line and the API say where a feed stands today, not on the day its database was built.
 */
public record FeedStatus(
        String feed,
        String frequency,
        String lastRunId,
        Instant lastRunAt,
        String lastOutcome,
        String lastMessage,
        Instant lastSuccessAt,
        String lastUpstreamChange,
        LocalDate expectedNextRelease,
        Integer lateAfterDays,
        boolean sample) {

    /** After this date the feed is late; null when no release is expected. */
    public LocalDate lateFrom() {
        return expectedNextRelease == null || lateAfterDays == null
                ? null
                : expectedNextRelease.plusDays(lateAfterDays);
    }

    /** The view's rule (feed_status.sql) on {@code today} (UTC). */
    public FeedState state(LocalDate today) {
        if ("failed".equals(lastOutcome)) {
            return FeedState.FAILING;
        }
        if (lastOutcome == null) {
            return FeedState.DUE;
        }
        if (late(today)) {
            return FeedState.LATE;
        }
        return expectedNextRelease != null && !expectedNextRelease.isAfter(today) ? FeedState.DUE : FeedState.FRESH;
    }

    /** Days since the expected release when the feed is late (failing or not); null otherwise. */
    public Long daysLate(LocalDate today) {
        return late(today) ? ChronoUnit.DAYS.between(expectedNextRelease, today) : null;
    }

    private boolean late(LocalDate today) {
        LocalDate lateFrom = lateFrom();
        return lateFrom != null && lateFrom.isBefore(today);
    }
}
