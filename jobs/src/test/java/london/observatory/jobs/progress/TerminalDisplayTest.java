package london.observatory.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While the live line is up, whatever else the process prints goes round it; afterwards the console is as it was. */
class TerminalDisplayTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final String LINE = "release  publishing  00:05";
    private static final String WIPED = "\r" + " ".repeat(LINE.length()) + "\r";

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;
    private PrintStream captured;

    @BeforeEach
    void aConsole() {
        out = System.out;
        err = System.err;
        captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
    }

    @AfterEach
    void theRealConsole() {
        System.setOut(out);
        System.setErr(err);
    }

    @Test
    void standardOutputAndErrorFindTheLineWipedAndTheSummaryFindsItEnded() {
        TerminalDisplay display = new TerminalDisplay();
        display.show(List.of(release()), NOW);
        System.out.println("02:00:05.000 INFO  PublishTasklet - published");
        display.show(List.of(release()), NOW);
        System.err.println("a warning");
        display.show(List.of(release()), NOW);
        display.end();
        System.out.print("nightly run 20261207T020000000Z\n");

        String nl = System.lineSeparator();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r" + LINE + WIPED + "02:00:05.000 INFO  PublishTasklet - published" + nl
                        + "\r" + LINE + WIPED + "a warning" + nl
                        + "\r" + LINE + nl
                        + "nightly run 20261207T020000000Z\n");
        assertThat(System.out).isSameAs(captured);
        assertThat(System.err).isSameAs(captured);
    }

    private static ProgressState release() {
        return new ProgressState(RunProgress.RELEASE, Phase.PUBLISHING, Duration.ofSeconds(5), 0, null);
    }
}
