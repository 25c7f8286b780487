package london.observatory.ingest;

import java.util.List;
import london.observatory.observation.Observation;

/**
 * Reads one worker's landed files as blocks of rows and maps each block to observations. Rows move in
 * blocks so a framework's per-item cost is paid per block, not per row. Not thread safe.
 *
 * @param <B> the format's block of rows
 */
public interface IngestWorker<B> extends AutoCloseable {

    /** The next block, or null when every file has been read; counts its rows as read. */
    B next();

    /** The block's observations; bad rows go to the feed's quarantine with their line and reason. */
    List<Observation> map(B block);

    @Override
    void close();
}
