package london.observatory.jobs.read;

import java.nio.file.Files;
import java.nio.file.Path;

/** Nothing to read yet: no release has been published in the data directory (exit 66, no input). */
final class NoReleaseException extends RuntimeException {

    NoReleaseException(String message) {
        super(message);
    }

    /** For the commands that read the runs recorded in the live store: stops when there are none yet. */
    static void unlessRunsAreRecorded(Path dataDir) {
        if (!Files.isDirectory(dataDir.resolve("parquet").resolve("runs"))) {
            throw new NoReleaseException("no run recorded in "
                    + dataDir.toAbsolutePath().normalize() + " yet: run observatory nightly first");
        }
    }
}
