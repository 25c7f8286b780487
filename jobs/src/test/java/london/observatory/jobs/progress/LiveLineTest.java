package london.observatory.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.observatory.jobs.progress.ProgressState.Rows;
import org.junit.jupiter.api.Test;

/** What the live line writes to the terminal, byte for byte, and how it keeps out of other output's way. */
class LiveLineTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final String FEED = "camden-housing-register";

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final LiveLine line = new LiveLine(new PrintStream(terminal, true, StandardCharsets.UTF_8));

    @Test
    void eachTickRewritesTheLineInPlaceAndSpacesOverALongerOneBeforeIt() {
        line.show(List.of(ingesting(12_345, 3)), NOW);
        line.show(List.of(committing(4)), NOW);

        String committing = "camden-housing-register  committing  12,345 rows  4,115 rows/s  00:04";
        assertThat(written())
                .isEqualTo(
                        "\rcamden-housing-register  ingesting  12,345 rows  4,115 rows/s  00:03" + "\r" + committing);
        terminal.reset();

        line.show(List.of(release()), NOW);

        String release = "release  publishing  00:05";
        assertThat(written()).isEqualTo("\r" + release + " ".repeat(committing.length() - release.length()));
    }

    @Test
    void theLineShowsTheFeedThatBeganLast() {
        line.show(List.of(release(), committing(4)), NOW);

        assertThat(written()).startsWith("\rcamden-housing-register  committing");
    }

    @Test
    void otherOutputFindsTheLineClearedAndTheNextTickDrawsItBelow() throws IOException {
        line.show(List.of(release()), NOW);

        line.otherOutput(terminal, bytes("02:00:05.000 INFO  PublishTasklet - published\n"), 0, 46);
        line.show(List.of(release()), NOW);

        String release = "release  publishing  00:05";
        assertThat(written())
                .isEqualTo("\r" + release + "\r" + " ".repeat(release.length()) + "\r"
                        + "02:00:05.000 INFO  PublishTasklet - published\n"
                        + "\r" + release);
    }

    @Test
    void noLineIsDrawnOverOtherOutputThatHasNotEndedItsLine() throws IOException {
        line.otherOutput(terminal, bytes("half a line"), 0, 11);
        line.show(List.of(release()), NOW);

        assertThat(written()).isEqualTo("half a line");

        line.otherOutput(terminal, bytes(", ended\n"), 0, 8);
        line.show(List.of(release()), NOW);

        assertThat(written()).isEqualTo("half a line, ended\n\rrelease  publishing  00:05");
    }

    @Test
    void betweenTwoStepsTheLastLineStays() {
        line.show(List.of(release()), NOW);
        line.show(List.of(), NOW);

        assertThat(written()).isEqualTo("\rrelease  publishing  00:05");
    }

    @Test
    void theEndLeavesTheLastLineEndedSoTheSummaryStartsOnALineOfItsOwn() {
        line.show(List.of(release()), NOW);
        line.end();

        assertThat(written()).isEqualTo("\rrelease  publishing  00:05" + System.lineSeparator());
    }

    @Test
    void aRunTooShortForATickPrintsNothingAtAll() {
        line.end();

        assertThat(written()).isEmpty();
    }

    private static ProgressState ingesting(long rows, long seconds) {
        return new ProgressState(
                FEED, Phase.INGESTING, Duration.ofSeconds(seconds), 1_234_567, new Rows(rows, rows * 1000 / 3000));
    }

    private static ProgressState committing(long seconds) {
        return new ProgressState(
                FEED, Phase.COMMITTING, Duration.ofSeconds(seconds), 1_234_567, new Rows(12_345, 4_115));
    }

    private static ProgressState release() {
        return new ProgressState(RunProgress.RELEASE, Phase.PUBLISHING, Duration.ofSeconds(5), 0, null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String written() {
        return terminal.toString(StandardCharsets.UTF_8);
    }
}
