package london.observatory.jobs.read;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import london.observatory.jobs.failure.ConfigurationException;
import london.observatory.jobs.failure.OneLine;
import picocli.CommandLine;

/**
 * The commands that read a published release ({@code search}, {@code extract}), run without starting the
 * nightly application. Exit codes: 0 done; 64 a bad request or usage, with one line and nothing written; 66
 * no release published yet; 78 a setting that cannot be used. Arguments of the form {@code --observatory.…=}
 * and {@code --spring.…=} are settings, as for {@code observatory nightly}.
 */
public final class ReadCommands {

    public static final int USAGE = 64;
    public static final int NO_INPUT = 66;

    private static final Set<String> COMMANDS = Set.of("search", "extract");

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

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> settings = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            (isSetting(arg) ? settings : rest).add(arg);
        }
        String command = rest.remove(0);
        CommandLine line = new CommandLine(command(command, settings, out));
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
            throw e;
        });
        return line.execute(rest.toArray(String[]::new));
    }

    private static Object command(String name, List<String> settings, PrintStream out) {
        return switch (name) {
            case "search" -> new SearchCommand(settings, out);
            case "extract" -> new ExtractCommand(settings, out);
            default -> throw new IllegalArgumentException("not a read command: " + name);
        };
    }

    private static boolean isSetting(String arg) {
        return arg.startsWith("--observatory.") || arg.startsWith("--spring.") || arg.equals("--debug");
    }
}
