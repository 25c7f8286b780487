package london.observatory.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A monthly feed's state as the days pass after its expected release, and the states that dates do not decide. */
class FeedStatusTest {

    private static final Instant RUN = Instant.parse("2027-01-01T02:00:00Z");

    @Test
    void aMonthlyFeedIsFreshThenDueFromItsExpectedReleaseThenLateAfterItsGrace() {
        FeedStatus claimants = status("ingested", LocalDate.of(2027, 2, 1), 7);

        assertThat(claimants.state(LocalDate.of(2027, 1, 31))).isEqualTo(FeedState.FRESH);
        assertThat(claimants.state(LocalDate.of(2027, 2, 1))).isEqualTo(FeedState.DUE);
        assertThat(claimants.state(LocalDate.of(2027, 2, 8))).isEqualTo(FeedState.DUE);
        assertThat(claimants.state(LocalDate.of(2027, 2, 9))).isEqualTo(FeedState.LATE);
        assertThat(claimants.lateFrom()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(claimants.daysLate(LocalDate.of(2027, 2, 8))).isNull();
        assertThat(claimants.daysLate(LocalDate.of(2027, 2, 9))).isEqualTo(8);
    }

    @Test
    void aFailedRunIsFailingANeverRunFeedIsDueAndAFeedWithoutAnExpectedReleaseStaysFresh() {
        LocalDate muchLater = LocalDate.of(2030, 1, 1);

        assertThat(status("failed", LocalDate.of(2027, 2, 1), 7).state(LocalDate.of(2027, 1, 2)))
                .isEqualTo(FeedState.FAILING);
        assertThat(status(null, null, 7).state(muchLater)).isEqualTo(FeedState.DUE);
        assertThat(status("unchanged", null, null).state(muchLater)).isEqualTo(FeedState.FRESH);
        assertThat(status("failed", LocalDate.of(2027, 2, 1), 7).daysLate(muchLater))
                .isEqualTo(1065);
        assertThat(FeedState.LATE.needsAttention()).isTrue();
        assertThat(FeedState.DUE.needsAttention()).isFalse();
    }

    private static FeedStatus status(String outcome, LocalDate expected, Integer lateAfterDays) {
        return new FeedStatus(
                "nomis-claimant-count",
                "monthly",
                outcome == null ? null : "run-1",
                outcome == null ? null : RUN,
                outcome,
                null,
                outcome == null ? null : RUN,
                null,
                expected,
                lateAfterDays,
                false);
    }
}
