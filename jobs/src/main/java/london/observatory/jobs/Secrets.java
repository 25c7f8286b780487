package london.observatory.jobs;

import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Looks up an API key by the name a feed descriptor gives for it ({@code STATXPLORE_API_KEY}): the process
 * environment variable of that name, or a Spring property of exactly that name (a {@code configtree:} import
 * of secret files, or a command-line argument in tests), in Spring's usual order. Values are taken as they
 * are, never resolved as {@code ${...}} placeholders, so no key is ever quoted back in a resolution error.
 * The key itself is never logged; only the name reaches messages.
 */
public final class Secrets implements UnaryOperator<String> {

    private final ConfigurableEnvironment environment;

    public Secrets(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    /** The value, or null when neither the environment nor a property has one. */
    @Override
    public String apply(String name) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue; // a view over the others, with relaxed names
            }
            Object value = source.getProperty(name);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }
}
