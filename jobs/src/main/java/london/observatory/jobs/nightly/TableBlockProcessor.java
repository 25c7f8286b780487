package london.observatory.jobs.nightly;

import java.util.ArrayList;
import java.util.List;
import london.observatory.mapping.RowMapper;
import london.observatory.observation.Observation;
import london.observatory.source.SourceBlock;
import london.observatory.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

// Not final: step-scoped beans are class-based proxies.
/** Maps a block of a table feed's rows by its descriptor; bad rows go to the feed's quarantine. */
class TableBlockProcessor implements ItemProcessor<SourceBlock, List<Observation>> {

    private final RowMapper mapper;
    private final FeedRun run;

    TableBlockProcessor(RowMapper mapper, FeedRun run) {
        this.mapper = mapper;
        this.run = run;
    }

    @Override
    public List<Observation> process(SourceBlock block) {
        RowMapper bound = mapper.bind(block.header());
        List<Observation> out = new ArrayList<>(block.rows().size());
        for (SourceRow row : block.rows()) {
            String problem = bound.map(row, out);
            if (problem != null) {
                run.quarantine.add(row.file(), bound.sourceLine(row), problem, row.raw());
            }
        }
        return out;
    }
}
