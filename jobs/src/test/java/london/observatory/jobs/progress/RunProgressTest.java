package london.observatory.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import london.observatory.jobs.progress.ProgressState.Rows;
import london.observatory.testclock.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.listener.StepExecutionListener;

/** A feed's progress as its steps move it on: phase, bytes fetched, rows read, rows per second, elapsed. */
class RunProgressTest {

    private static final String FEED = "camden-housing-register";

    private final SettableClock clock = new SettableClock("2026-12-07T02:00:00Z");
    private final RunProgress progress = new RunProgress(clock);
    private final AtomicLong rowsRead = new AtomicLong();

    private final StepExecutionListener fetch = progress.starts(FEED, Phase.FETCHING);
    private final StepExecutionListener ingest = progress.reads(FEED, Phase.INGESTING, rowsRead::get);
    private final StepExecutionListener commit = progress.continues(FEED, Phase.COMMITTING);

    @Test
    void theFetchCountsTheBytesItLandsFromTheStartOfTheFeed() {
        fetch.beforeStep(null);
        clock.advance(Duration.ofSeconds(2));
        progress.landing(FEED).landed(65_536);
        progress.landing(FEED).landed(1_000);

        assertThat(progress.inProgress(clock.instant()))
                .containsExactly(new ProgressState(FEED, Phase.FETCHING, Duration.ofSeconds(2), 66_536, null));
    }

    @Test
    void theIngestCountsRowsReadAndTheirRateSinceItBegan() {
        fetch.beforeStep(null);
        progress.landing(FEED).landed(1_200_000);
        clock.advance(Duration.ofSeconds(1));
        fetch.afterStep(null);
        ingest.beforeStep(null);
        clock.advance(Duration.ofSeconds(3));
        rowsRead.set(12_345);

        assertThat(progress.inProgress(clock.instant()))
                .containsExactly(new ProgressState(
                        FEED, Phase.INGESTING, Duration.ofSeconds(4), 1_200_000, new Rows(12_345, 4_115)));
    }

    @Test
    void onceTheIngestHasEndedItsRateStaysAsItWas() {
        fetch.beforeStep(null);
        fetch.afterStep(null);
        ingest.beforeStep(null);
        clock.advance(Duration.ofSeconds(2));
        rowsRead.set(10_000);
        ingest.afterStep(null);
        commit.beforeStep(null);
        clock.advance(Duration.ofSeconds(8));

        assertThat(progress.inProgress(clock.instant()))
                .containsExactly(
                        new ProgressState(FEED, Phase.COMMITTING, Duration.ofSeconds(10), 0, new Rows(10_000, 5_000)));
    }

    @Test
    void nothingIsInProgressBetweenTwoStepsOrAfterTheLast() {
        fetch.beforeStep(null);
        fetch.afterStep(null);

        assertThat(progress.inProgress(clock.instant())).isEmpty();

        commit.beforeStep(null);
        commit.afterStep(null);

        assertThat(progress.inProgress(clock.instant())).isEmpty();
    }

    @Test
    void theNextRunOfAFeedStartsFromNothing() {
        fetch.beforeStep(null);
        progress.landing(FEED).landed(500);
        fetch.afterStep(null);
        ingest.beforeStep(null);
        rowsRead.set(80);
        ingest.afterStep(null);
        clock.advance(Duration.ofMinutes(1));

        fetch.beforeStep(null);
        clock.advance(Duration.ofSeconds(1));

        assertThat(progress.inProgress(clock.instant()))
                .containsExactly(new ProgressState(FEED, Phase.FETCHING, Duration.ofSeconds(1), 0, null));
    }

    @Test
    void feedsInProgressAreListedInTheOrderTheyBegan() {
        StepExecutionListener release = progress.starts(RunProgress.RELEASE, Phase.PUBLISHING);
        release.beforeStep(null);
        clock.advance(Duration.ofSeconds(1));
        fetch.beforeStep(null);

        assertThat(progress.inProgress(clock.instant()))
                .extracting(ProgressState::name)
                .containsExactly(RunProgress.RELEASE, FEED);
    }
}
