package london.observatory.jobs.failure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Failure messages may quote what a source sent: they must stay one bounded line a terminal prints as is. */
class OneLineTest {

    @Test
    void joinsLinesAndKeepsShortMessagesAsTheyAre() {
        assertThat(OneLine.of("  HTTP 503 from nomis\r\n  Service   Unavailable\n"))
                .isEqualTo("HTTP 503 from nomis Service   Unavailable");
    }

    @Test
    void removesAnsiEscapesAndOtherControlCharacters() {
        String coloured = "\u001B[31mred\u001B[0m\tbell\u0007 nul\u0000 csi\u009B2J back\u0008 \u001B]title";

        assertThat(OneLine.of(coloured)).isEqualTo("red bell nul csi2J back title");
    }

    @Test
    void cutsALongMessageToTheBoundWithAnEllipsis() {
        String page = "<html>" + "x".repeat(2000);

        String line = OneLine.of(page);

        assertThat(line).hasSize(OneLine.MAX).startsWith("<html>xxx").endsWith("x...");
        assertThat(OneLine.of("y".repeat(OneLine.MAX))).isEqualTo("y".repeat(OneLine.MAX));
    }

    @Test
    void neverCutsACharacterInHalf() {
        String line = OneLine.of("a".repeat(6) + "\uD83D\uDE00" + "b".repeat(20), 10);

        assertThat(line).isEqualTo("a".repeat(6) + "...");
    }
}
