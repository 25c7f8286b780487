package london.observatory.parquet;

import java.nio.file.Path;
import java.util.List;

/** What a {@link PartitionedObservationSink} wrote: rows and the part files it finished. */
public record SinkStats(long rowsWritten, List<Path> files) {

    public SinkStats {
        files = List.copyOf(files);
    }
}
