package london.observatory.jobs.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read command that fails for a reason of no known kind (here a store file that is not Parquet) says so in one
 * line and exits 1; the stack trace only with {@code --debug}.
 */
class ReadCommandFailuresTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnreadableStoreIsOneLineAndExit1() throws Exception {
        Files.createDirectories(dataDir.resolve("parquet/runs"));
        Files.writeString(dataDir.resolve("parquet/runs/20261207T023000000Z__nomis-claimant-count.parquet"), "junk");

        int exit = run("status", "--observatory.data-dir=" + dataDir);

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(said).startsWith("observatory status failed: cannot read the feeds' status from ");
        assertThat(said.lines()).hasSize(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withDebugTheStackTraceFollows() throws Exception {
        Files.createDirectories(dataDir.resolve("parquet/runs"));
        Files.writeString(dataDir.resolve("parquet/runs/20261207T023000000Z__nomis-claimant-count.parquet"), "junk");

        int exit = run("status", "--observatory.data-dir=" + dataDir, "--debug");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .first()
                .asString()
                .startsWith("observatory status failed: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\tat london.observatory.");
    }

    private int run(String... args) {
        return ReadCommands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC));
    }
}
