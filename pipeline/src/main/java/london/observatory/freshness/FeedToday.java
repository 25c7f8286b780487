package london.observatory.freshness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed as {@code observatory status} and {@code /api/status} give it: its {@code feed_status} row with its state,
 * grace and days late worked out for {@code today}.
 */
public record FeedToday(
        String feed,
        String state,
        String frequency,
        String lastRunId,
        Instant lastRunAt,
        String lastOutcome,
        String lastMessage,
        Instant lastSuccessAt,
        String lastUpstreamChange,
        LocalDate expectedNextRelease,
        Integer lateAfterDays,
        LocalDate lateFrom,
        Long daysLate,
        boolean sample) {

    public static FeedToday of(FeedStatus f, LocalDate today) {
        return new FeedToday(
                f.feed(),
                f.state(today).label(),
                f.frequency(),
                f.lastRunId(),
                f.lastRunAt(),
                f.lastOutcome(),
                f.lastMessage(),
                f.lastSuccessAt(),
                f.lastUpstreamChange(),
                f.expectedNextRelease(),
                f.lateAfterDays(),
                f.lateFrom(),
                f.daysLate(today),
                f.sample());
    }

    public static List<FeedToday> all(List<FeedStatus> feeds, LocalDate today) {
        return feeds.stream().map(f -> of(f, today)).toList();
    }

    /** How many feeds are in each state, every state named (fresh, due, late, failing), in that order. */
    public static Map<String, Integer> counts(List<FeedToday> feeds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FeedState state : FeedState.values()) {
            counts.put(state.label(), 0);
        }
        feeds.forEach(f -> counts.merge(f.state(), 1, Integer::sum));
        return counts;
    }

    /** Late or failing: worth a person's attention. */
    public boolean needsAttention() {
        return state.equals(FeedState.LATE.label()) || state.equals(FeedState.FAILING.label());
    }
}
