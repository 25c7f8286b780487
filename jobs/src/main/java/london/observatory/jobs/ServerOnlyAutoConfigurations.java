package london.observatory.jobs;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves the actuator's auto-configuration (health, metrics, observation) out of an application without a web
 * server: {@code observatory serve} answers {@code /actuator/health}; the nightly run has no endpoint to answer on,
 * would pay for about sixty configurations at each start, and the metrics' start-up listener fails to close a
 * context whose start failed (a second line after the one line a bad setting gives). Registered in
 * {@code META-INF/spring.factories}.
 */
public final class ServerOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final List<String> SERVER_ONLY = List.of(
            "org.springframework.boot.actuate.",
            "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean server = !"none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
        boolean[] matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String candidate = candidates[i];
            matches[i] = server || candidate == null || SERVER_ONLY.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}
