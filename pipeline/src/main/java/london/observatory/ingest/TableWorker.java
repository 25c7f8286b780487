package london.observatory.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.mapping.RowMapper;
import london.observatory.observation.Observation;
import london.observatory.source.SourceBlock;
import london.observatory.source.SourceBlockReader;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;

/** One worker of a table format: blocks of source rows, each row mapped by the feed's row mapper. */
final class TableWorker implements IngestWorker<SourceBlock> {

    private final SourceBlockReader reader;
    private final RowMapper mapper;
    private final FeedIngest ingest;

    TableWorker(
            FeedDescriptor feed,
            SourceTable.Opener opener,
            List<Path> files,
            int blockRows,
            RowMapper mapper,
            FeedIngest ingest) {
        this.reader = new SourceBlockReader(feed, opener, files, blockRows);
        this.mapper = mapper;
        this.ingest = ingest;
    }

    @Override
    public SourceBlock next() {
        SourceBlock block = reader.next();
        if (block != null) {
            ingest.read(block.rows().size());
        }
        return block;
    }

    @Override
    public List<Observation> map(SourceBlock block) {
        RowMapper bound = mapper.bind(block.header());
        List<Observation> out = new ArrayList<>(block.rows().size());
        for (SourceRow row : block.rows()) {
            String problem = bound.map(row, out);
            if (problem != null) {
                ingest.quarantine().add(row.file(), bound.sourceLine(row), problem, row.raw());
            }
        }
        return out;
    }

    @Override
    public void close() {
        reader.close();
    }
}
