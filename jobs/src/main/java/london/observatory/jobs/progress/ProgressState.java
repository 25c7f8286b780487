package london.observatory.jobs.progress;

import java.time.Duration;

/**
 * One feed's progress at one moment, as the displays show it. {@code rows} is null until the feed's rows are
 * being read; {@code rowsPerSecond} is over the time they have been read (so far, or in all once reading ended).
 */
record ProgressState(String name, Phase phase, Duration elapsed, long bytesFetched, Rows rows) {

    record Rows(long read, long perSecond) {}
}
