package london.observatory.jobs.failure;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Every failed start, and every run that threw instead of reporting, is one line on standard error (see
 * {@link StartupFailure}) instead of Spring's report of a hundred lines or more; the stack trace goes to the
 * log file (and to the console as well with {@code --debug}). The exit code is given by
 * {@code ObservatoryMain} from the same {@link StartupFailure}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class OneLineFailures implements SpringBootExceptionReporter {

    private final Environment environment;

    /** {@code context} is null when the start failed before it was created (a busy data directory). */
    public OneLineFailures(ConfigurableApplicationContext context) {
        this.environment = context == null ? null : context.getEnvironment();
    }

    @Override
    public boolean reportException(Throwable failure) {
        StartupFailure reported = StartupFailure.of(failure);
        String where = reported.keepsTrace() ? StackTraceFile.append(environment, failure) : "";
        System.err.println(reported.line() + where);
        if (reported.keepsTrace() && DebugStackTraces.isDebug(environment)) {
            failure.printStackTrace();
        }
        return true;
    }
}
