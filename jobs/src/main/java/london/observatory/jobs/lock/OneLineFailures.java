package london.observatory.jobs.lock;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Start-up failures the operator can act on without a stack trace: printed as one line on standard error
 * (the exit code comes from the exception). Anything else is left to Spring Boot's own report.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class OneLineFailures implements SpringBootExceptionReporter {

    public OneLineFailures(ConfigurableApplicationContext context) {
        // the context is not needed: the exception says everything
    }

    @Override
    public boolean reportException(Throwable failure) {
        if (failure instanceof DataDirectoryBusyException busy) {
            System.err.println(busy.getMessage());
            return true;
        }
        return false;
    }
}
