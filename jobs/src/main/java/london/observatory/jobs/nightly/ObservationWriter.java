package london.observatory.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import london.observatory.crash.CrashPoint;
import london.observatory.ingest.FeedIngest;
import london.observatory.observation.Observation;
import london.observatory.parquet.PartitionedObservationSink;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

// Not final: step-scoped beans are class-based proxies.
/**
 * Writes one worker's observations into the feed's staging area as Parquet part files (one instance per
 * partition: step scoped). Nothing here is visible to readers until the feed's commit step.
 */
class ObservationWriter implements ItemStreamWriter<List<Observation>> {

    private final FeedRun run;
    private PartitionedObservationSink sink;

    ObservationWriter(FeedRun run) {
        this.run = run;
    }

    @Override
    public void open(ExecutionContext context) {
        sink = run.ingest().staging().openSink(context.getString(IngestPartitioner.WORKER));
    }

    @Override
    public void write(Chunk<? extends List<Observation>> chunk) throws IOException {
        FeedIngest ingest = run.ingest();
        for (List<Observation> block : chunk) {
            sink.write(block);
            ingest.written(block.size());
            CrashPoint.MID_CHUNK.reach();
        }
    }

    @Override
    public void close() {
        if (sink == null) {
            return;
        }
        try {
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot finish Parquet part files in "
                            + run.ingest().staging().dir(),
                    e);
        } finally {
            sink = null;
        }
    }
}
