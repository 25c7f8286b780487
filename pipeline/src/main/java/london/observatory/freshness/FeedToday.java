package london.observatory.freshness;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed as {@code observatory status} and {@code /api/status} give it: its {@code feed_status} row (whose fields
 * the JSON gives at the top level) with its state, the day it turns late and how many days late it is worked out
 * for {@code today}.
 */
public record FeedToday(@JsonUnwrapped FeedStatus status, String state, LocalDate lateFrom, Long daysLate) {

    public static FeedToday of(FeedStatus f, LocalDate today) {
        return new FeedToday(f, f.state(today).label(), f.lateFrom(), f.daysLate(today));
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
