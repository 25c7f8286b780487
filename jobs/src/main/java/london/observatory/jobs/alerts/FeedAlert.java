package london.observatory.jobs.alerts;

import java.time.LocalDate;
import london.observatory.fetch.UrlMasker;
import london.observatory.freshness.FeedState;
import london.observatory.freshness.FeedStatus;

/**
 * The JSON message the webhook receives when a feed fails, becomes late or recovers. {@code text} is a sentence for
 * chat tools that show only that field; {@code reason} is the run's own line with any credential in a URL masked.
 */
public record FeedAlert(
        String event,
        String feed,
        String state,
        String previousState,
        LocalDate today,
        String lastRunAt,
        String lastSuccessAt,
        LocalDate expectedNextRelease,
        LocalDate lateFrom,
        Long daysLate,
        String reason,
        boolean sample,
        String text) {

    static final String FAILED = "feed.failed";
    static final String LATE = "feed.late";
    static final String RECOVERED = "feed.recovered";

    /** The message for a change of state, or null when the change is not worth one (fresh to due, say). */
    static FeedAlert of(FeedStatus feed, FeedState previous, FeedState now, LocalDate today) {
        String event = event(previous, now);
        if (event == null) {
            return null;
        }
        String reason = feed.lastMessage() == null ? null : UrlMasker.mask(feed.lastMessage());
        String text = switch (event) {
            case FAILED -> "Observatory: " + feed.feed() + " failed; its last good data are kept. " + reason;
            case LATE ->
                "Observatory: " + feed.feed() + " is late: its next release was expected on "
                        + feed.expectedNextRelease() + " and no new data have arrived since.";
            default -> "Observatory: " + feed.feed() + " has recovered (" + now.label() + ").";
        };
        return new FeedAlert(
                event,
                feed.feed(),
                now.label(),
                previous == null ? null : previous.label(),
                today,
                feed.lastRunAt() == null ? null : feed.lastRunAt().toString(),
                feed.lastSuccessAt() == null ? null : feed.lastSuccessAt().toString(),
                feed.expectedNextRelease(),
                feed.lateFrom(),
                feed.daysLate(today),
                now == FeedState.FAILING ? reason : null,
                feed.sample(),
                text);
    }

    /**
     * Failing and late are announced when they begin, and their end as a recovery; a feed first seen failing or late
     * (no state recorded yet) is announced too, a first healthy one is not.
     */
    private static String event(FeedState previous, FeedState now) {
        if (now == FeedState.FAILING && previous != FeedState.FAILING) {
            return FAILED;
        }
        if (now == FeedState.LATE && previous != FeedState.LATE) {
            return LATE;
        }
        if (!now.needsAttention() && previous != null && previous.needsAttention()) {
            return RECOVERED;
        }
        return null;
    }
}
