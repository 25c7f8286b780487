package london.observatory.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.observatory.testclock.SettableClock;
import org.junit.jupiter.api.Test;

/** A tick shows the model's state at the clock's time; closing the ticker ends the display, once. */
class ProgressTickerTest {

    /** Too long to come round during a test: the test ticks. */
    private static final Duration BY_HAND = Duration.ofHours(1);

    private final SettableClock clock = new SettableClock("2026-12-07T02:00:00Z");
    private final RunProgress progress = new RunProgress(clock);
    private final List<String> shown = new ArrayList<>();

    private final ProgressDisplay display = new ProgressDisplay() {
        @Override
        public void show(List<ProgressState> states, Instant now) {
            states.forEach(state -> shown.add(ProgressLine.of(state) + " at " + now));
        }

        @Override
        public void end() {
            shown.add("end");
        }
    };

    @Test
    void aTickShowsWhatIsInProgressNow() {
        progress.starts("nomis-claimant-count", Phase.FETCHING).beforeStep(null);
        progress.landing("nomis-claimant-count").landed(2_048);
        clock.advance(Duration.ofSeconds(2));

        try (ProgressTicker ticker = ProgressTicker.start(progress, display, clock, BY_HAND)) {
            ticker.tick();
        }

        assertThat(shown)
                .containsExactly(
                        "nomis-claimant-count  fetching  2.0 kB fetched  00:02 at 2026-12-07T02:00:02Z", "end");
    }

    @Test
    void aDisplayThatFailsNeitherStopsTheRunNorTheTicks() {
        ProgressDisplay failing = new ProgressDisplay() {
            @Override
            public void show(List<ProgressState> states, Instant now) {
                throw new IllegalStateException("the terminal went away");
            }

            @Override
            public void end() {
                shown.add("end");
            }
        };

        try (ProgressTicker ticker = ProgressTicker.start(progress, failing, clock, BY_HAND)) {
            ticker.tick();
            ticker.tick();
        }

        assertThat(shown).containsExactly("end");
    }
}
