package london.observatory.jobs.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.jobs.failure.ConfigurationException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * The job repository's connection settings that still hold a {@code ${VARIABLE}}: Spring's binder leaves a
 * placeholder it cannot resolve as it is, so an environment variable the {@code prod} profile reads and nobody
 * set would otherwise reach the driver as the text {@code ${OBSERVATORY_DB_URL}}.
 */
final class UnsetVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)}");

    private UnsetVariables() {}

    static void check(DataSourceProperties datasource) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", datasource.getUrl());
        settings.put("spring.datasource.username", datasource.getUsername());
        settings.put("spring.datasource.password", datasource.getPassword());
        List<String> properties = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        settings.forEach((property, value) -> {
            Matcher placeholder = PLACEHOLDER.matcher(value == null ? "" : value);
            if (placeholder.find()) {
                properties.add(property);
                variables.add(placeholder.group(1));
            }
        });
        if (!variables.isEmpty()) {
            boolean one = variables.size() == 1;
            throw new ConfigurationException(
                    String.join(", ", properties) + ": environment variable" + (one ? " " : "s ")
                            + String.join(", ", variables) + (one ? " is" : " are") + " not set; set "
                            + (one ? "it" : "them") + " to the job repository's PostgreSQL connection (see the"
                            + " README, Production job repository), or run without the prod profile for the"
                            + " embedded one",
                    null);
        }
    }
}
