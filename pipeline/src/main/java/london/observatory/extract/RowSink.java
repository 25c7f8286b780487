package london.observatory.extract;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where an extract's rows go, one format each: {@link #write} for every row in order, then {@link #finish} once.
 * Closing without finishing abandons the file (the caller deletes it).
 */
interface RowSink extends Closeable {

    void write(ExtractRow row) throws IOException;

    void finish() throws IOException;

    /** Rows written so far. */
    long rows();

    /** The file's SHA-256 when the sink hashed it while writing, after {@link #finish}; null to read it back. */
    default String sha256() {
        return null;
    }
}
