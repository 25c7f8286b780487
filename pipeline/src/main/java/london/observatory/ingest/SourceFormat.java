package london.observatory.ingest;

import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Lander;

/**
 * What the observatory knows of one source format (a descriptor's {@code format}): how a feed in it is
 * landed, how its landed files are checked before anything is written, and how an ingest worker reads
 * them and turns them into observations. Each format is registered once, in
 * {@code connectors.SourceFormats}; the nightly job asks the registry and knows no format by name.
 */
public interface SourceFormat {

    /** The descriptor's {@code format} value, e.g. {@code nomis-csv}. */
    String name();

    /** How a fetch of a feed in this format is landed in the raw area. */
    Lander lander();

    /** Checks that every landed file has the columns the feed needs; throws, naming the file, if not. */
    void checkHeaders(FeedDescriptor feed, List<Path> files);

    /**
     * One ingest worker over its share of the landed files, in order: blocks of rows, each mapped to
     * observations with bad rows sent to the feed's quarantine. One per worker thread.
     */
    IngestWorker<?> worker(FeedDescriptor feed, FeedIngest ingest, List<Path> files, int blockRows);
}
