package london.observatory.jobs.failure;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import org.springframework.core.env.Environment;

/**
 * Appends a failed start's stack trace to the application's log file ({@code logging.file.name}, under
 * the data directory), where the rest of the run's log is, and says on the console line where it went.
 * Written here rather than logged: a logged error would also reach the console, which gets one line.
 */
final class StackTraceFile {

    private StackTraceFile() {}

    /** Appends the trace; returns what the console line adds, e.g. " (stack trace in data/logs/observatory.log)". */
    static String append(Environment environment, Throwable failure) {
        String name = environment == null ? null : environment.getProperty("logging.file.name");
        if (name == null || name.isBlank()) {
            return " (run again with --debug to see the stack trace)";
        }
        Path file = Path.of(name);
        StringWriter trace = new StringWriter();
        trace.append(OffsetDateTime.now().toString()).append(" ERROR the run failed to start\n");
        failure.printStackTrace(new PrintWriter(trace));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(
                    file,
                    trace.toString(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return " (stack trace in " + file + ")";
        } catch (IOException e) {
            return " (could not write the stack trace to " + file + ": " + e.getMessage()
                    + "; run again with --debug to see it)";
        }
    }
}
