package london.observatory.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import london.observatory.jobs.progress.ProgressState.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of a progress line, exactly. */
class ProgressLineTest {

    private static final String FEED = "camden-housing-register";

    @Test
    void aFetchSaysTheBytesLandedSoFarFromTheFirst() {
        assertThat(ProgressLine.of(new ProgressState(FEED, Phase.FETCHING, Duration.ofSeconds(1), 0, null)))
                .isEqualTo("camden-housing-register  fetching  0 B fetched  00:01");
    }

    @Test
    void anIngestSaysRowsReadTheirRateAndTheBytesFetched() {
        ProgressState state =
                new ProgressState(FEED, Phase.INGESTING, Duration.ofSeconds(3), 1_234_567, new Rows(12_345, 4_100));

        assertThat(ProgressLine.of(state))
                .isEqualTo("camden-housing-register  ingesting  12,345 rows  4,100 rows/s  1.2 MB fetched  00:03");
    }

    @Test
    void thePublishHasNothingFetched() {
        assertThat(ProgressLine.of(
                        new ProgressState(RunProgress.RELEASE, Phase.PUBLISHING, Duration.ofSeconds(75), 0, null)))
                .isEqualTo("release  publishing  01:15");
    }

    @Test
    void aLineThatFitsIsLeftWhole() {
        ProgressState state = new ProgressState(
                "nomis-census-ts066", Phase.INGESTING, Duration.ofSeconds(3), 1_234_567, new Rows(12_345, 4_100));

        assertThat(ProgressLine.fitted(state, 79))
                .isEqualTo("nomis-census-ts066  ingesting  12,345 rows  4,100 rows/s  1.2 MB fetched  00:03")
                .hasSize(79);
    }

    @Test
    void aLineTooLongLeavesOutTheBytesOnceTheyAreFetched() {
        ProgressState state =
                new ProgressState(FEED, Phase.INGESTING, Duration.ofSeconds(3), 1_234_567, new Rows(12_345, 4_100));

        assertThat(ProgressLine.fitted(state, 79))
                .isEqualTo("camden-housing-register  ingesting  12,345 rows  4,100 rows/s  00:03");
    }

    @Test
    void aNameStillTooLongIsShortenedToFitTheFigures() {
        ProgressState state = new ProgressState(
                "fingertips-depression-prevalence-gp",
                Phase.INGESTING,
                Duration.ofMinutes(61),
                123_456_789,
                new Rows(12_345_678, 1_234_567));

        assertThat(ProgressLine.fitted(state, 79))
                .isEqualTo("fingertips-depression...  ingesting  12,345,678 rows  1,234,567 rows/s  1:01:00")
                .hasSize(79);
    }

    @Test
    void aFetchKeepsItsBytesAndCutsTheEndWhenNothingElseGivesWay() {
        ProgressState state = new ProgressState(FEED, Phase.FETCHING, Duration.ofSeconds(3), 1_000, null);

        assertThat(ProgressLine.fitted(state, 40)).isEqualTo("camd...  fetching  1.0 kB fetched  00:03");
        assertThat(ProgressLine.fitted(state, 20)).isEqualTo("  fetching  1.0 kB f");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0 B",
        "999, 999 B",
        "1000, 1.0 kB",
        "999949, 999.9 kB",
        "999950, 1.0 MB",
        "1234567, 1.2 MB",
        "5000000000, 5.0 GB",
        "7000000000000, 7.0 TB",
        "7000000000000000, 7000.0 TB"
    })
    void bytesAreInDecimalUnitsToOnePlace(long bytes, String shown) {
        assertThat(ProgressLine.bytes(bytes)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"0, 00:00", "59, 00:59", "61, 01:01", "3599, 59:59", "3600, 1:00:00", "90061, 25:01:01"})
    void elapsedIsMinutesAndSecondsWithHoursOnceThereAreAny(long seconds, String shown) {
        assertThat(ProgressLine.elapsed(Duration.ofSeconds(seconds))).isEqualTo(shown);
    }
}
