package london.observatory.jobs.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import london.observatory.jobs.ObservatoryProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The settings a read command uses, bound exactly as the nightly run binds them (the same
 * {@code application.properties} defaults, {@code --observatory.…=} arguments and environment variables),
 * without starting an application: a search answers in a fraction of a second.
 */
final class ReadSettings {

    private ReadSettings() {}

    /** @param properties {@code --observatory.data-dir=…} and the like, as the nightly run takes them */
    static ObservatoryProperties bind(List<String> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SimpleCommandLinePropertySource(properties.toArray(String[]::new)));
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application's application.properties", e);
        }
        return Binder.get(environment).bindOrCreate("observatory", ObservatoryProperties.class);
    }
}
