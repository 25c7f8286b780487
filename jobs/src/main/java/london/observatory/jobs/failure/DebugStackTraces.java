package london.observatory.jobs.failure;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Stack traces of logged errors reach the console only with {@code --debug} (or {@code --trace}); they
 * are always in the log file. The console pattern ends with {@code ${observatory.logging.console-stack-traces}}
 * (see application.properties), {@code %nopex} unless this sets it to {@code %ex}.
 */
public final class DebugStackTraces implements EnvironmentPostProcessor {

    static final String PROPERTY = "observatory.logging.console-stack-traces";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (isDebug(environment)) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("debugStackTraces", Map.of(PROPERTY, "%ex")));
        }
    }

    /** As Spring Boot reads {@code --debug}: set, with any value but "false". */
    static boolean isDebug(Environment environment) {
        return environment != null && (isSet(environment, "debug") || isSet(environment, "trace"));
    }

    private static boolean isSet(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.equals("false");
    }
}
