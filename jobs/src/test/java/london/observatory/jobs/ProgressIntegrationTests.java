package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with the live progress line (as on a terminal) prints the summary a run without it prints, on lines of its
 * own: the line is ended before the table, and nothing of it is left in the table.
 */
class ProgressIntegrationTests {

    /** Both runs at the same instant: the same run id and the same seconds in their tables. */
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-07T02:16:12.948Z"), ZoneOffset.UTC);

    @TempDir
    Path onTerminal;

    @TempDir
    Path inALog;

    @Test
    void theLiveLineIsEndedBeforeTheSummaryWhichIsTheSameAsWithoutIt() {
        ObservatoryRun.Outcome live = ObservatoryRun.nightly(FIXED, onTerminal, "--observatory.progress.terminal=true");
        ObservatoryRun.Outcome plain = ObservatoryRun.nightly(FIXED, inALog, "--observatory.progress.terminal=false");

        assertThat(live.exitCode()).isZero();
        assertThat(plain.exitCode()).isZero();
        assertThat(summary(live, onTerminal))
                .isEqualTo(summary(plain, inALog))
                .containsPattern("nomis-claimant-count\\s+ingested\\s+\\d+\\s+\\d+\\s+0\\s+0.0")
                .doesNotContain("\r");
        String beforeTheSummary = live.output().substring(0, live.output().indexOf("nightly run "));
        // The run lasts seconds (a DuckDB publish alone outlasts a tick), so the line has been drawn.
        assertThat(beforeTheSummary).contains("\r").endsWith(System.lineSeparator());
        assertThat(plain.output()).doesNotContain("\r");
    }

    /** The summary, from its first line to the line naming the database published, with the data directory named. */
    private static String summary(ObservatoryRun.Outcome run, Path dataDir) {
        String output = run.output();
        int start = output.indexOf("nightly run ");
        int published = output.indexOf("published ", start);
        return output.substring(start, output.indexOf('\n', published) + 1).replace(dataDir.toString(), "<data-dir>");
    }
}
