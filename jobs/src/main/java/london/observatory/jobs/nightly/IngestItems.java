package london.observatory.jobs.nightly;

import java.util.List;
import london.observatory.connectors.SourceFormats;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.ingest.FeedIngest;
import london.observatory.ingest.IngestWorker;
import london.observatory.observation.Observation;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

// Not final: step-scoped beans are class-based proxies.
/**
 * One ingest worker as Spring Batch's reader and processor (one instance per partition: step scoped): reads
 * the partition's pages as blocks of rows with the feed's format, and maps each block to observations.
 */
class IngestItems implements ItemStreamReader<Object>, ItemProcessor<Object, List<Observation>> {

    private final FeedDescriptor feed;
    private final SourceFormats formats;
    private final FeedRun run;
    private final int blockRows;
    private IngestWorker<Object> worker;

    IngestItems(FeedDescriptor feed, SourceFormats formats, FeedRun run, int blockRows) {
        this.feed = feed;
        this.formats = formats;
        this.run = run;
        this.blockRows = blockRows;
    }

    @Override
    @SuppressWarnings("unchecked") // the worker maps only the blocks it read itself
    public void open(ExecutionContext context) {
        FeedIngest ingest = run.ingest();
        worker = (IngestWorker<Object>) formats.of(feed)
                .worker(feed, ingest, run.share(context.getString(IngestPartitioner.WORKER)), blockRows);
    }

    @Override
    public Object read() {
        return worker.next();
    }

    @Override
    public List<Observation> process(Object block) {
        return worker.map(block);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }
}
