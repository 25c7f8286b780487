package london.observatory.jobs.nightly;

import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.connectors.nomis.NomisBlockReader;
import london.observatory.connectors.nomis.NomisBlock;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

// Not final: step-scoped beans are class-based proxies.
/** Reads one worker's pages as blocks of rows (one instance per partition: step scoped). */
class BlockReader implements ItemStreamReader<NomisBlock> {

    private final FeedDescriptor feed;
    private final FeedRun run;
    private final int blockRows;
    private NomisBlockReader reader;

    BlockReader(FeedDescriptor feed, FeedRun run, int blockRows) {
        this.feed = feed;
        this.run = run;
        this.blockRows = blockRows;
    }

    @Override
    public void open(ExecutionContext context) {
        List<Path> files = IngestPartitioner.pages(context);
        reader = new NomisBlockReader(feed.id(), files, feed.columns(), blockRows);
    }

    @Override
    public NomisBlock read() {
        NomisBlock block = reader.next();
        if (block != null) {
            run.rowsRead.addAndGet(block.size());
        }
        return block;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
