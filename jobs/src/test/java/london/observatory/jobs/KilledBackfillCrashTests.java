package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.crash.CrashPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill killed (SIGKILL) while it publishes, its feed already committed, then run again: start-up, holding the
 * lock, recovers the dead execution as failed, and the same backfill restarts it. Only the publish runs again.
 */
class KilledBackfillCrashTests {

    private static final String FEED = ObservatoryRun.FEED;
    private static final List<String> BACKFILL = List.of("backfill", FEED, "--from", "2025-09", "--to", "2025-09");

    @TempDir
    Path dataDir;

    @Test
    void aBackfillKilledMidPublishRunAgainRestartsAndRedoesOnlyThePublish() throws Exception {
        assertThat(ObservatoryRun.nightly(dataDir).exitCode()).isZero();
        List<String> published = ObservatoryRun.observations(dataDir);

        SeparateJvm.Killed killed = SeparateJvm.killedAt(CrashPoint.MID_PUBLISH, 1, BACKFILL, dataDir, List.of());
        ObservatoryRun.Outcome again = ObservatoryRun.command(dataDir, BACKFILL);

        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(again.exitCode()).as(again.output()).isZero();
        Matcher header = Pattern.compile("(?m)^backfill of " + FEED + " 2025-09-01\\.\\.2025-09-30: run (\\S+),"
                        + " restarting run (\\S+)$")
                .matcher(again.output());
        assertThat(header.find()).as(again.output()).isTrue();
        String restart = header.group(1);
        String dead = header.group(2);
        assertThat(again.output()).containsPattern(FEED + "\\s+committed\\s+in run " + dead + "; not redone");
        assertThat(BackfillIntegrationTests.backfillSteps(dataDir))
                .containsExactly(
                        dead + "|FAILED|commit-" + FEED + "|COMPLETED",
                        dead + "|FAILED|fetch-" + FEED + "|COMPLETED",
                        dead + "|FAILED|ingest-" + FEED + "|COMPLETED",
                        dead + "|FAILED|ingest-" + FEED + "-worker:w0|COMPLETED",
                        dead + "|FAILED|ingest-" + FEED + "-worker:w1|COMPLETED",
                        dead + "|FAILED|publish|FAILED",
                        dead + "|FAILED|reference-tables|COMPLETED",
                        restart + "|COMPLETED|publish|COMPLETED");
        // the recording again, so the same rows; 2025-09's now from the backfill's run
        assertThat(ObservatoryRun.observations(dataDir)).isEqualTo(published);
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT period, run_id = '" + dead + "', count(*) FROM observations GROUP BY ALL ORDER BY 1"))
                .containsExactly("2025-09|true|154", "2025-10|false|154");
    }
}
