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
}
