package london.observatory.jobs.cli;

import london.observatory.jobs.ObservatoryApplication;
import london.observatory.jobs.failure.StartupFailure;
import london.observatory.jobs.read.ReadCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line's entry point: {@code search} and {@code extract} read a release without starting anything else; every other
 * command ({@code nightly}) starts the application.
 */
public final class ObservatoryMain {

    private ObservatoryMain() {}

    public static void main(String[] args) {
        if (ReadCommands.handles(args)) {
            // A progress line only for a person at a terminal, not in a log or a pipe.
            long progress = System.console() != null ? ReadCommands.PROGRESS_EVERY : 0;
            System.exit(ReadCommands.run(args, System.out, System.err, progress));
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
