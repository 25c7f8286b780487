package london.observatory.connectors.statxplore;

import java.io.IOException;

/**
 * A Stat-Xplore response is not what the API promises: truncated or invalid JSON, a cube whose
 * shape does not match its fields, a measure without its cube. The message names the file (or
 * endpoint) and what is wrong, in one line.
 */
public final class StatXploreFormatException extends IOException {

    public StatXploreFormatException(String message) {
        super(message);
    }
}
