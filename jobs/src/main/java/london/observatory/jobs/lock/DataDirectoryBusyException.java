package london.observatory.jobs.lock;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.ExitCodeGenerator;

/** Another run holds the data directory: this one must not touch it. Exit code 75 (temporary failure). */
public final class DataDirectoryBusyException extends RuntimeException implements ExitCodeGenerator {

    public static final int EXIT_CODE = 75;

    public DataDirectoryBusyException(Path lockFile) {
        super("another run holds " + lockFile + "; this run changed nothing (try again when it has finished, or add"
                + " --wait)");
    }

    /** Still busy after {@code --wait} waited as long as it may. */
    public DataDirectoryBusyException(Path lockFile, Duration waited) {
        super("another run still holds " + lockFile + " after waiting " + LockWait.describe(waited)
                + "; this run changed nothing (observatory.lock-wait sets how long --wait waits)");
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
