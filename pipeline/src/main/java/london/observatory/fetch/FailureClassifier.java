package london.observatory.fetch;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Decides whether a failed attempt is worth repeating. Server trouble (5xx), throttling (429),
 * timeouts and broken connections usually pass; a client error (404, 400, 401, 403) will fail the
 * same way every time, so retrying only delays the operator's fix.
 */
public final class FailureClassifier {

    public enum Verdict {
        RETRY,
        PERMANENT
    }

    public Verdict classify(int status) {
        if (status == 429 || status == 408 || status / 100 == 5) {
            return Verdict.RETRY;
        }
        return Verdict.PERMANENT;
    }

    /** Timeouts and connection errors are transient; a missing or unreadable local file is not. */
    public Verdict classify(IOException failure) {
        if (failure instanceof NoSuchFileException
                || failure instanceof FileNotFoundException
                || failure instanceof AccessDeniedException) {
            return Verdict.PERMANENT;
        }
        return Verdict.RETRY;
    }
}
