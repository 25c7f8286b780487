package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code observatory run <feed>} runs one feed now, as the nightly run would run it, whatever
 * {@code observatory.feed-ids} says; a job command written wrongly stops before anything in one line (exit 64),
 * and one naming a feed no descriptor has says which feeds there are (exit 78, as {@code observatory.feed-ids}).
 */
class RunCommandIntegrationTests {

    private static final String FEED = ObservatoryRun.FEED;

    @TempDir
    Path dataDir;

    @Test
    void runRunsExactlyItsOneFeedOfEveryFeedTheInstallationKnows() throws Exception {
        ObservatoryRun.Outcome run = ObservatoryRun.command(
                dataDir, List.of("run", FEED), "--observatory.feed-ids=" + ObservatoryRun.ALL_FEEDS);

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> lines = run.output().lines().toList();
        assertThat(lines).anyMatch(line -> line.matches("run of " + FEED + ": run \\d{8}T\\d{9}Z"));
        assertThat(lines.stream().filter(line -> line.matches("\\S+\\s+(ingested|unchanged|failed|stopped)\\s.*")))
                .singleElement()
                .matches(line -> line.matches(FEED + "\\s+ingested\\s+304\\s+308\\s+0\\s+\\S+"));
        assertThat(ObservatoryRun.query(dataDir, "SELECT feed, outcome FROM runs"))
                .containsExactly(FEED + "|ingested");
        assertThat(ObservatoryRun.query(dataDir, "SELECT DISTINCT feed FROM observations"))
                .containsExactly(FEED);
        // the indicators of every feed the installation knows, as after a nightly run
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(DISTINCT feed) FROM indicators"))
                .containsExactly(String.valueOf(FeedCatalog.feedIds().size()));
    }

    @Test
    void aFeedNoDescriptorHasIsOneLineNamingTheKnownOnesAndExit78() {
        ObservatoryRun.Outcome run =
                ObservatoryRun.failedStart(List.of("run", "nope"), ObservatoryRun.sampleArguments(dataDir));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
        assertThat(run.output().lines().toList())
                .containsExactly("observatory run: no feed nope (known: " + String.join(", ", FeedCatalog.feedIds())
                        + ") (stack trace in " + dataDir.resolve("logs/observatory.log") + ")");
    }

    @Test
    void aJobCommandWrittenWronglyIsOneLineAndExit64BeforeAnythingIsTouched() {
        ObservatoryRun.Outcome run = ObservatoryRun.failedStart(
                List.of("backfill", FEED, "--from", "2025-13", "--to", "2025-10"),
                ObservatoryRun.sampleArguments(dataDir));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(64);
        assertThat(run.output().lines().toList())
                .containsExactly("observatory backfill malformed period \"2025-13\": write " + PERIODS
                        + " (usage: observatory nightly | run <feed> | backfill <feed> --from <period> --to <period>,"
                        + " each with [--wait] [--observatory.<setting>=<value> ...])");
        // nothing but the log file the logging opens first: no lock taken, no job repository
        assertThat(dataDir.toFile().list()).containsOnly("logs");
    }

    private static final String PERIODS = "YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD (2024, 2024-06, 2024-Q2, 2024-06-30)";
}
