package london.observatory.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import london.observatory.jobs.cli.ObservatoryMain;

/**
 * {@code observatory nightly} in its own JVM, as a second operator or a cron job would start it: the same
 * main class and class path, the made-up London's arguments for {@code dataDir} (or the README's) plus
 * {@code extra}.
 */
final class SeparateJvm {

    private final Process process;
    private final Path output;

    private SeparateJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the run; its standard output and error go, merged, to {@code output}. */
    static SeparateJvm nightly(Path dataDir, Path output, List<String> extra) throws IOException {
        return nightly(Path.of("").toAbsolutePath(), dataDir, output, extra);
    }

    /** As {@link #nightly(Path, Path, List)}, started in {@code directory} (a relative data directory is there). */
    static SeparateJvm nightly(Path directory, Path dataDir, Path output, List<String> extra) throws IOException {
        return start(directory, ObservatoryRun.withOverrides(ObservatoryRun.sampleArguments(dataDir), extra), output);
    }

    /** The README's run ({@link ObservatoryRun#defaultArguments}) of {@code feeds}, plus {@code extra}. */
    static SeparateJvm defaultRun(Path dataDir, String feeds, Path output, List<String> extra) throws IOException {
        return start(
                Path.of("").toAbsolutePath(),
                ObservatoryRun.withOverrides(ObservatoryRun.defaultArguments(dataDir, feeds), extra),
                output);
    }

    private static SeparateJvm start(Path directory, List<String> arguments, Path output) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", // a short run, as the test JVMs are (see the root pom's argLine)
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ObservatoryMain.class.getName(),
                "nightly"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new SeparateJvm(process, output);
    }

    /** Waits for the run to end (two minutes at most) and gives its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the run in a separate JVM did not stop within 120 s");
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
