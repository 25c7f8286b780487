package london.observatory.jobs.lock;

import java.nio.file.Path;
import org.springframework.boot.ExitCodeGenerator;

/** Another run holds the data directory: this one must not touch it. Exit code 75 (temporary failure). */
public final class DataDirectoryBusyException extends RuntimeException implements ExitCodeGenerator {

    public static final int EXIT_CODE = 75;

    public DataDirectoryBusyException(Path lockFile) {
        super("another nightly run holds " + lockFile + "; this run changed nothing (try again when it has finished)");
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
