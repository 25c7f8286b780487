package london.observatory.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.observatory.jobs.progress.ProgressState.Rows;
import org.junit.jupiter.api.Test;

/** Not on a terminal: a plain line per feed in progress at each interval, however often the display ticks. */
class ProgressLogTest {

    private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final List<String> logged = new ArrayList<>();
    private final ProgressLog log = new ProgressLog(EVERY, START, logged::add);

    @Test
    void aLineAtEachIntervalAndNoneBetween() {
        for (int tenths = 1; tenths <= 120; tenths++) { // a tick every 100 ms for 12 s
            log.show(List.of(ingesting(tenths * 10L)), START.plusMillis(tenths * 100L));
        }

        assertThat(logged)
                .containsExactly(
                        "nomis-claimant-count  ingesting  500 rows  100 rows/s  00:05",
                        "nomis-claimant-count  ingesting  1,000 rows  100 rows/s  00:10");
    }

    @Test
    void aLinePerFeedInProgress() {
        log.show(List.of(ingesting(50), publishing()), START.plus(EVERY));

        assertThat(logged)
                .containsExactly(
                        "nomis-claimant-count  ingesting  50 rows  100 rows/s  00:00", "release  publishing  00:05");
    }

    @Test
    void aRunShorterThanOneIntervalLogsNothing() {
        log.show(List.of(ingesting(10)), START.plus(EVERY).minusMillis(1));
        log.end();

        assertThat(logged).isEmpty();
    }

    @Test
    void anIntervalThatEndsBetweenTwoStepsLogsAtTheNextStep() {
        log.show(List.of(), START.plus(EVERY));
        log.show(List.of(publishing()), START.plus(EVERY).plusMillis(250));

        assertThat(logged).containsExactly("release  publishing  00:05");
    }

    /** {@code rows} read at 100 a second since the start; no bytes, so the line is short. */
    private static ProgressState ingesting(long rows) {
        return new ProgressState(
                "nomis-claimant-count", Phase.INGESTING, Duration.ofMillis(rows * 10), 0, new Rows(rows, 100));
    }

    private static ProgressState publishing() {
        return new ProgressState(RunProgress.RELEASE, Phase.PUBLISHING, EVERY, 0, null);
    }
}
