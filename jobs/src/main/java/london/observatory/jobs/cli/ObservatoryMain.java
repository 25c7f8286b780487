package london.observatory.jobs.cli;

import java.time.Clock;
import java.util.Arrays;
import london.observatory.jobs.ObservatoryApplication;
import london.observatory.jobs.failure.StartupFailure;
import london.observatory.jobs.read.ReadCommands;
import london.observatory.jobs.repository.RepositorySchema;
import london.observatory.web.ServeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line's entry point: {@code search} and {@code extract} read a release without starting anything else;
 * {@code repository-schema} prints the job repository's PostgreSQL tables, also without starting anything;
 * {@code serve} starts the web server over the releases ({@code web.ServeApplication}); every other command
 * ({@code nightly}, {@code run}, {@code backfill}) starts the nightly application.
 */
public final class ObservatoryMain {

    private ObservatoryMain() {}

    public static void main(String[] args) {
        if (ReadCommands.handles(args)) {
            // A progress line only for a person at a terminal, not in a log or a pipe.
            long progress = System.console() != null ? ReadCommands.PROGRESS_EVERY : 0;
            System.exit(ReadCommands.run(args, System.out, System.err, progress, Clock.systemUTC()));
            return;
        }
        if (RepositorySchema.handles(args)) {
            System.exit(RepositorySchema.run(args, System.out, System.err));
            return;
        }
        boolean serve = isServe(args);
        SpringApplication app = new SpringApplication(serve ? ServeApplication.class : ObservatoryApplication.class);
        // The nightly run's own hook (GracefulStop) closes the application once the job has stopped at a chunk
        // boundary; Spring's would close it under the running job.
        app.setRegisterShutdownHook(serve);
        ConfigurableApplicationContext context;
        try {
            context = app.run(serve ? withWebServer(args) : args);
        } catch (RuntimeException failure) {
            // Already reported in one line (OneLineFailures). Spring Boot would exit 1 for any cause
            // without an exit code of its own, a bad setting (78) as much as a bug.
            System.exit(StartupFailure.of(failure).exitCode());
            return;
        }
        if (serve) {
            return; // the web server's threads keep the process alive until it is stopped
        }
        System.exit(SpringApplication.exit(context));
    }

    private static boolean isServe(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                return arg.equals("serve");
            }
        }
        return false;
    }

    /** The nightly run has no web server ({@code application.properties}); {@code serve} turns it on. */
    private static String[] withWebServer(String[] args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.main.web-application-type=servlet";
        return all;
    }
}
