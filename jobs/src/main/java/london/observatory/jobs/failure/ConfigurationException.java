package london.observatory.jobs.failure;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A setting names a file, folder or value the run cannot use. The message is one line that names the
 * property, what was found and what to do. Exit code 78 (configuration error, as in BSD's sysexits).
 */
public final class ConfigurationException extends RuntimeException implements ExitCodeGenerator {

    public static final int EXIT_CODE = 78;

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
