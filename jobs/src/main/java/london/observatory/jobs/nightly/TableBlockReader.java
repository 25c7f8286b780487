package london.observatory.jobs.nightly;

import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.source.SourceBlock;
import london.observatory.source.SourceBlockReader;
import london.observatory.source.SourceFormats;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

// Not final: step-scoped beans are class-based proxies.
/** Reads one worker's landed files of a table feed (CSV, spreadsheet, JSON cube) as blocks of rows. */
class TableBlockReader implements ItemStreamReader<SourceBlock> {

    private final FeedDescriptor feed;
    private final SourceFormats formats;
    private final FeedRun run;
    private final int blockRows;
    private SourceBlockReader reader;

    TableBlockReader(FeedDescriptor feed, SourceFormats formats, FeedRun run, int blockRows) {
        this.feed = feed;
        this.formats = formats;
        this.run = run;
        this.blockRows = blockRows;
    }

    @Override
    public void open(ExecutionContext context) {
        List<Path> files = IngestPartitioner.pages(context);
        reader = new SourceBlockReader(feed, formats, files, blockRows);
    }

    @Override
    public SourceBlock read() {
        SourceBlock block = reader.next();
        if (block != null) {
            run.rowsRead.addAndGet(block.rows().size());
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
