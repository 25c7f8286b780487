package london.observatory.jobs;

import london.observatory.jobs.failure.StartupFailure;
import london.observatory.jobs.read.ReadCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The observatory's application: the nightly Spring Batch job and the command line that runs it; the commands
 * that read a release ({@code search}) run without it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ObservatoryApplication {

    public static void main(String[] args) {
        if (ReadCommands.handles(args)) {
            // reading a release needs none of the nightly job: no application is started
            System.exit(ReadCommands.run(args, System.out, System.err));
            return;
        }
        SpringApplication app = new SpringApplication(ObservatoryApplication.class);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args);
        } catch (RuntimeException failure) {
            // Already reported in one line (OneLineFailures). Spring Boot would exit 1 for any cause
            // without an exit code of its own, a bad setting (78) as much as a bug.
            System.exit(StartupFailure.of(failure).exitCode());
            return;
        }
        System.exit(SpringApplication.exit(context));
    }
}
