package london.observatory.jobs.schedule;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled nightly run as a process of its own: the same Java, class path and settings as the server, with
 * {@code nightly} for {@code serve}. A process, not a job inside the server, so the run takes the data directory's
 * lock as every other run does, its memory goes back to the system when it ends, and a run that fails cannot take
 * the server down. Its output goes to the server's log, a line at a time.
 */
public final class NightlyProcess implements NightlyLauncher {

    private static final Logger log = LoggerFactory.getLogger(NightlyProcess.class);
    private static final String MAIN = "london.observatory.jobs.cli.ObservatoryMain";
    /** How long a run asked to stop has to reach its chunk boundary and record itself before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(90);

    private final List<String> command;
    private final Duration maxDuration;

    public NightlyProcess(List<String> command, Duration maxDuration) {
        this.command = List.copyOf(command);
        this.maxDuration = maxDuration;
    }

    /**
     * The command for this JVM: {@code java [its options] -jar <jar> | -cp <path> <main> nightly [its settings]},
     * leaving out what is the server's alone (a debugger or agent, the web server's settings).
     */
    public static List<String> command(
            String javaHome, String classPath, List<String> jvmOptions, List<String> serveArguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        for (String option : jvmOptions) {
            // a debugger's or a coverage agent's port or file belongs to the server alone
            if (!option.startsWith("-agentlib")
                    && !option.startsWith("-javaagent")
                    && !option.startsWith("-Xrunjdwp")) {
                command.add(option);
            }
        }
        if (isBootJar(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, MAIN));
        }
        command.add("nightly");
        for (String argument : serveArguments) {
            boolean serverOnly = argument.equals("serve")
                    || argument.startsWith("--server.")
                    || argument.startsWith("--spring.main.web-application-type=");
            if (!serverOnly) {
                command.add(argument);
            }
        }
        return command;
    }

    /**
     * Whether the class path is the observatory's own executable jar, whose classes sit in nested jars that only
     * {@code -jar} can read (a test's class path may be a single jar too, of another kind).
     */
    static boolean isBootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    public List<String> command() {
        return command;
    }

    @Override
    public Ended run() throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        AtomicReference<String> lastLine = new AtomicReference<>();
        Thread output = new Thread(() -> copyToLog(process, lastLine), "nightly-output");
        output.setDaemon(true);
        output.start();
        try {
            if (!process.waitFor(maxDuration.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("the scheduled nightly run has run {} and is asked to stop", maxDuration);
                stop(process);
            }
        } catch (InterruptedException e) {
            stop(process); // the server is stopping: the run stops at its chunk boundary, keeping the last good data
            throw e;
        }
        output.join(TimeUnit.SECONDS.toMillis(5));
        return new Ended(process.exitValue(), lastLine.get());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: the run's own graceful stop
        if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static void copyToLog(Process process, AtomicReference<String> lastLine) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    log.info("nightly | {}", line);
                    lastLine.set(line);
                }
            }
        } catch (IOException e) {
            log.warn("lost the scheduled nightly run's output: {}", e.getMessage());
        }
    }
}
