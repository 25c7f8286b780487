package london.observatory.jobs.read;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import london.observatory.extract.ExtractProgress;
import london.observatory.jobs.failure.ConfigurationException;
import london.observatory.jobs.failure.OneLine;
import picocli.CommandLine;

/**
 * The commands that read what the observatory holds, run without starting an application: a published release
 * ({@code search}, {@code extract}), the feeds' state today ({@code status}) and the runs recorded
 * ({@code history}). Exit codes: 0 done; 1 {@code status --check} found a feed late or failing; 64 a bad request or
 * usage, with one line and nothing written; 66 no release published (or no run recorded) yet; 78 a setting that
 * cannot be used. Arguments of the form {@code --observatory.…=}
 * and {@code --spring.…=} are settings, as for {@code observatory nightly}.
 */
public final class ReadCommands {

    public static final int USAGE = 64;
    public static final int NO_INPUT = 66;
    /** A failure that is neither the command written wrongly, nothing to read, nor a setting. */
    public static final int FAILED = 1;

    private static final Set<String> COMMANDS = Set.of("search", "extract", "status", "history");

    private ReadCommands() {}

    /** Whether {@code args} name a read command (the first argument that is not a setting). */
    public static boolean handles(String[] args) {
        for (String arg : args) {
            if (!isSetting(arg)) {
                return COMMANDS.contains(arg);
            }
        }
        return false;
    }

    /** How often an extract on a terminal says how far it has got. */
    public static final long PROGRESS_EVERY = 100_000;

    /** Runs a read command with no progress line, on {@code clock} ("today" for {@code status}). */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return run(args, out, err, 0, clock);
    }

    /**
     * Runs a read command; a long extract writes a progress line to {@code err} every {@code progressEvery} rows
     * (0: never), rewritten in place with a carriage return, for a person watching a terminal.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, long progressEvery, Clock clock) {
        List<String> settings = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            (isSetting(arg) ? settings : rest).add(arg);
        }
        String command = rest.remove(0);
        CommandLine line = new CommandLine(command(command, settings, out, err, progressEvery, clock));
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setParameterExceptionHandler((e, arguments) -> {
            err.println(OneLine.of(e.getMessage()) + " (see observatory " + command + " --help)");
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BadRequestException) {
                    err.println(OneLine.of(t.getMessage()));
                    return USAGE;
                }
                if (t instanceof NoReleaseException) {
                    err.println(OneLine.of(t.getMessage()));
                    return NO_INPUT;
                }
                if (t instanceof ConfigurationException || t instanceof IllegalArgumentException) {
                    err.println(OneLine.of(t.getMessage()));
                    return ConfigurationException.EXIT_CODE;
                }
            }
            // Anything else (a store it cannot read, a bug) is one line too; the stack trace only with --debug.
            err.println("observatory " + command + " failed: " + OneLine.of(String.valueOf(e.getMessage())));
            if (settings.contains("--debug")) {
                e.printStackTrace(err);
            }
            return FAILED;
        });
        return line.execute(rest.toArray(String[]::new));
    }

    private static Object command(
            String name, List<String> settings, PrintStream out, PrintStream err, long progressEvery, Clock clock) {
        return switch (name) {
            case "search" -> new SearchCommand(settings, out);
            case "status" -> new StatusCommand(settings, out, clock);
            case "history" -> new HistoryCommand(settings, out);
            case "extract" -> new ExtractCommand(settings, out, progress(err, progressEvery));
            default -> throw new IllegalArgumentException("not a read command: " + name);
        };
    }

    private static ExtractProgress progress(PrintStream err, long every) {
        if (every <= 0) {
            return ExtractProgress.NONE;
        }
        return ExtractProgress.every(
                every,
                rows -> err.printf("\rextract: %,d rows written", rows).flush(),
                rows -> err.printf("\rextract: %,d rows written%n", rows));
    }

    private static boolean isSetting(String arg) {
        return arg.startsWith("--observatory.") || arg.startsWith("--spring.") || arg.equals("--debug");
    }
}
