package london.observatory.jobs.nightly;

import java.nio.file.Path;
import java.util.List;
import london.observatory.feed.FeedDescriptor;
import london.observatory.ingest.PageBlockReader;
import london.observatory.ingest.RowBlock;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

// Not final: step-scoped beans are class-based proxies.
/** Reads one worker's pages as blocks of rows (one instance per partition: step scoped). */
class BlockReader implements ItemStreamReader<RowBlock> {

    private final FeedDescriptor feed;
    private final FeedRun run;
    private final int blockRows;
    private PageBlockReader reader;

    BlockReader(FeedDescriptor feed, FeedRun run, int blockRows) {
        this.feed = feed;
        this.run = run;
        this.blockRows = blockRows;
    }

    @Override
    public void open(ExecutionContext context) {
        List<Path> files = IngestPartitioner.pages(context);
        reader = new PageBlockReader(feed.id(), files, feed.columns(), blockRows);
    }

    @Override
    public RowBlock read() {
        RowBlock block = reader.next();
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
