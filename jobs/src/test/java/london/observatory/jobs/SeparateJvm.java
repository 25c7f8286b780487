package london.observatory.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import london.observatory.crash.CrashPoint;
import london.observatory.jobs.cli.ObservatoryMain;

/**
 * {@code observatory nightly} in its own JVM, as a second operator or a cron job would start it: the same
 * main class and class path, the made-up London's arguments for {@code dataDir} (or the README's) plus
 * {@code extra}.
 */
final class SeparateJvm {

    private static final List<String> NIGHTLY = List.of("nightly");

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

    /**
     * As {@link #nightly(Path, Path, List)}, with {@code environment} added to the process's environment, as a
     * service manager sets an operator's variables (the {@code prod} profile's database settings).
     */
    static SeparateJvm nightly(Path dataDir, Path output, List<String> extra, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(
                List.of(), NIGHTLY, ObservatoryRun.withOverrides(ObservatoryRun.sampleArguments(dataDir), extra)));
        builder.environment().putAll(environment);
        return new SeparateJvm(
                builder.redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start(),
                output);
    }

    /** {@code observatory <arguments>}, any command, e.g. one that starts no application; output as above. */
    static SeparateJvm observatory(Path output, List<String> arguments) throws IOException {
        Process process = new ProcessBuilder(command(List.of(), List.of(), arguments))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new SeparateJvm(process, output);
    }

    /** The README's run ({@link ObservatoryRun#defaultArguments}) of {@code feeds}, plus {@code extra}. */
    static SeparateJvm defaultRun(Path dataDir, String feeds, Path output, List<String> extra) throws IOException {
        return start(
                Path.of("").toAbsolutePath(),
                ObservatoryRun.withOverrides(ObservatoryRun.defaultArguments(dataDir, feeds), extra),
                output);
    }

    private static SeparateJvm start(Path directory, List<String> arguments, Path output) throws IOException {
        Process process = new ProcessBuilder(command(List.of(), NIGHTLY, arguments))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new SeparateJvm(process, output);
    }

    /**
     * The made-up London's run of {@code dataDir} with {@code extra}, in a JVM that stops at {@code point} (its
     * {@code occurrence}-th time there) and is then killed with SIGKILL, as a power cut or the kernel's OOM killer
     * would end it. Returns the killed JVM's exit code and everything it printed.
     */
    static Killed killedAt(CrashPoint point, int occurrence, Path dataDir, List<String> extra)
            throws IOException, InterruptedException {
        return killedAt(point, occurrence, NIGHTLY, dataDir, extra);
    }

    /** As {@link #killedAt(CrashPoint, int, Path, List)}, for the job command {@code words} ({@code backfill …}). */
    static Killed killedAt(CrashPoint point, int occurrence, List<String> words, Path dataDir, List<String> extra)
            throws IOException, InterruptedException {
        return stoppedAt(CrashPoint.PROPERTY, point.reachedLine(), point, occurrence, words, dataDir, extra)
                .end(true);
    }

    /**
     * As {@link #killedAt}, but the JVM pauses at the point and is then sent SIGTERM, as a service manager stops
     * a process; returns its exit code and everything it printed until it ended.
     */
    static Killed terminatedAt(CrashPoint point, int occurrence, Path dataDir, List<String> extra)
            throws IOException, InterruptedException {
        return pausedAt(point, occurrence, dataDir, extra).end(false);
    }

    /**
     * The made-up London's run of {@code dataDir} with {@code extra}, paused at {@code point} (its
     * {@code occurrence}-th time there) and holding the data directory's lock until {@link Stopped#terminate}.
     */
    static Stopped pausedAt(CrashPoint point, int occurrence, Path dataDir, List<String> extra)
            throws IOException, InterruptedException {
        return stoppedAt(CrashPoint.PAUSE_PROPERTY, point.pausedLine(), point, occurrence, NIGHTLY, dataDir, extra);
    }

    private static Stopped stoppedAt(
            String property,
            String reached,
            CrashPoint point,
            int occurrence,
            List<String> words,
            Path dataDir,
            List<String> extra)
            throws IOException, InterruptedException {
        List<String> arguments = ObservatoryRun.withOverrides(ObservatoryRun.sampleArguments(dataDir), extra);
        Process process = new ProcessBuilder(
                        command(List.of("-D" + property + "=" + point.label() + "#" + occurrence), words, arguments))
                .redirectErrorStream(true)
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
                out.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                // the process was killed: its output ends here
            }
            lines.add(END);
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder printed = new StringBuilder();
        for (String line = lines.poll(120, TimeUnit.SECONDS); ; line = lines.poll(120, TimeUnit.SECONDS)) {
            if (line == null || line == END) {
                process.destroyForcibly();
                throw new AssertionError(
                        "the run never reached " + point.label() + " #" + occurrence + ":\n" + printed);
            }
            printed.append(line).append('\n');
            if (line.equals(reached)) {
                break;
            }
        }
        return new Stopped(process, lines, printed, point);
    }

    /** A run stopped at a crash or pause point: still alive, until {@link #end} or {@link #terminate}. */
    static final class Stopped {

        private final Process process;
        private final BlockingQueue<String> lines;
        private final StringBuilder printed;
        private final CrashPoint point;

        private Stopped(Process process, BlockingQueue<String> lines, StringBuilder printed, CrashPoint point) {
            this.process = process;
            this.lines = lines;
            this.printed = printed;
            this.point = point;
        }

        /** Sends SIGTERM, as a service manager stops a process; its exit code and everything it printed. */
        Killed terminate() throws InterruptedException {
            return end(false);
        }

        private Killed end(boolean kill) throws InterruptedException {
            if (kill) {
                process.destroyForcibly(); // SIGKILL: nothing in the JVM runs after this
            } else {
                // SIGTERM: the JVM's shutdown hooks run. Through its handle, since Process.destroy also closes the
                // pipe the rest of the output would come through.
                process.toHandle().destroy();
                for (String line = lines.poll(120, TimeUnit.SECONDS);
                        line != null && line != END;
                        line = lines.poll(120, TimeUnit.SECONDS)) {
                    printed.append(line).append('\n');
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the run stopped at " + point.label() + " did not end:\n" + printed);
            }
            return new Killed(process.exitValue(), printed.toString());
        }
    }

    /** A run killed at a crash point: its exit code (137, killed by signal 9) and what it printed until then. */
    record Killed(int exitCode, String output) {}

    /** Marks the end of a killed run's output (compared by identity). */
    private static final String END = new String("end of output");

    private static List<String> command(List<String> jvmOptions, List<String> words, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", // a short run, as the test JVMs are (see the root pom's argLine)
                "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ObservatoryMain.class.getName()));
        command.addAll(words);
        command.addAll(arguments);
        return command;
    }

    /** Waits for the run to end (two minutes at most) and gives its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the run in a separate JVM did not stop within 120 s");
        }
        return process.exitValue();
    }

    /** Whether the run has not ended yet. */
    boolean isRunning() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
