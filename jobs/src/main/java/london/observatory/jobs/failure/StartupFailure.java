package london.observatory.jobs.failure;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Set;
import london.observatory.descriptor.DescriptorException;
import london.observatory.jobs.command.UsageException;
import london.observatory.jobs.lock.DataDirectoryBusyException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;

/**
 * What a failed start (or a run that threw instead of reporting) tells the operator: one line and the exit
 * code. Spring wraps the real cause in several bean creation exceptions whose messages repeat each other;
 * the line is the cause's own message. {@code keepsTrace}: whether the stack trace is worth keeping (not for
 * a busy data directory, which must not be touched at all, nor for a command written wrongly).
 */
public record StartupFailure(int exitCode, String line, boolean keepsTrace) {

    /** A failure nobody anticipated: a bug, reported with where its stack trace is. */
    public static final int UNEXPECTED = 1;

    /** Lines here may carry a list of known ids, longer than a feed's failure message. */
    static final int MAX_LINE = 2000;

    private static final String ENGINE = "london.observatory.";

    /**
     * The standard SQL state classes of a database the run cannot open as configured: 08 the connection (no server
     * at that host and port, or it refused), 28 the user or password, 3D a database of that name. The drivers'
     * messages say which, and carry no password.
     */
    private static final Set<String> CONNECTION_SETTINGS = Set.of("08", "28", "3D");

    public static StartupFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryBusyException busy) {
                return new StartupFailure(DataDirectoryBusyException.EXIT_CODE, line(busy.getMessage()), false);
            }
            if (t instanceof UsageException usage) {
                return new StartupFailure(UsageException.EXIT_CODE, line(usage.getMessage()), false);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindValidationException invalid) {
                return configuration(OutOfBounds.line(invalid.getValidationErrors()));
            }
            if (t instanceof BindException bind && !(bind.getCause() instanceof BindValidationException)) {
                return configuration(unbound(bind));
            }
            if (t instanceof ConfigurationException || t instanceof DescriptorException) {
                return configuration(t.getMessage());
            }
            if (t instanceof SQLException sql && CONNECTION_SETTINGS.contains(sqlStateClass(sql))) {
                return configuration("the job repository cannot be opened: " + sql.getMessage() + " (SQL state "
                        + sql.getSQLState() + "); check its URL (spring.datasource.url, OBSERVATORY_DB_URL under the"
                        + " prod profile), that the database is running and reachable from here, and its user and"
                        + " password");
            }
        }
        // A bad setting the engine refused while the application was being built: an argument it cannot use
        // or a file it cannot read. An IllegalStateException or anything else is a bug, not a setting.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (thrownByEngine(t) && t instanceof IllegalArgumentException) {
                return configuration(t.getMessage());
            }
            if (thrownByEngine(t) && t instanceof UncheckedIOException io) {
                return configuration(io.getMessage() + " (" + describe(io.getCause()) + ")");
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new StartupFailure(UNEXPECTED, line("the run failed unexpectedly: " + describe(root)), true);
    }

    private static StartupFailure configuration(String message) {
        return new StartupFailure(ConfigurationException.EXIT_CODE, line(message), true);
    }

    /** "observatory.ingest.workers: "two" is not a valid int (For input string: "two"); change the value". */
    private static String unbound(BindException bind) {
        Object value = bind.getProperty() == null ? null : bind.getProperty().getValue();
        Throwable root = bind;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return bind.getName() + ": \"" + value + "\" is not a valid "
                + bind.getTarget().getType() + " (" + root.getMessage() + "); change the value";
    }

    private static boolean thrownByEngine(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return t.getMessage() != null
                && frames.length > 0
                && frames[0].getClassName().startsWith(ENGINE);
    }

    private static String sqlStateClass(SQLException sql) {
        String state = sql.getSQLState();
        return state == null || state.length() < 2 ? "" : state.substring(0, 2);
    }

    private static String describe(Throwable t) {
        return t == null ? "no cause" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String line(String message) {
        return OneLine.of(message == null ? "" : message, MAX_LINE);
    }
}
