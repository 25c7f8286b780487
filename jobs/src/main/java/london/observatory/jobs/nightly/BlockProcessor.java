package london.observatory.jobs.nightly;

import java.util.List;
import london.observatory.connectors.nomis.NomisObservationMapper;
import london.observatory.connectors.nomis.NomisBlock;
import london.observatory.observation.Observation;
import org.springframework.batch.infrastructure.item.ItemProcessor;

// Not final: step-scoped beans are class-based proxies.
/** Places a block's rows on the spine; bad rows go to the feed's quarantine (one per worker: step scoped). */
class BlockProcessor implements ItemProcessor<NomisBlock, List<Observation>> {

    private final NomisObservationMapper mapper;
    private final FeedRun run;

    BlockProcessor(NomisObservationMapper mapper, FeedRun run) {
        this.mapper = mapper;
        this.run = run;
    }

    @Override
    public List<Observation> process(NomisBlock block) {
        return mapper.map(block, run.quarantine);
    }
}
