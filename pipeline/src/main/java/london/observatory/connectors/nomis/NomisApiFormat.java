package london.observatory.connectors.nomis;

import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.Lander;
import london.observatory.geography.Geography;
import london.observatory.ingest.FeedIngest;
import london.observatory.ingest.IngestWorker;
import london.observatory.ingest.SourceFormat;
import london.observatory.observation.Observation;

/**
 * {@code nomis-csv}: the Nomis CSV API with any {@code select}, paged by {@code recordoffset} ({@link NomisPager}),
 * its columns found by name ({@link NomisColumns}; the descriptor's {@code columns} document what its query
 * selects, the header check asks for the columns the mapper reads, under any of their names). Its records
 * go straight from Commons CSV to {@link NomisObservationMapper} without the generic table path, because
 * it is the high-volume feed (tens of millions of LSOA × month rows for England).
 */
public final class NomisApiFormat implements SourceFormat {

    private final Fetcher fetcher;
    private final Geography geography;

    public NomisApiFormat(Fetcher fetcher, Geography geography) {
        this.fetcher = fetcher;
        this.geography = geography;
    }

    @Override
    public String name() {
        return "nomis-csv";
    }

    @Override
    public Lander lander() {
        return new NomisPager(fetcher);
    }

    @Override
    public void checkHeaders(FeedDescriptor feed, List<Path> files) {
        NomisColumns.checkAll(feed.id(), files);
    }

    @Override
    public IngestWorker<NomisBlock> worker(FeedDescriptor feed, FeedIngest ingest, List<Path> files, int blockRows) {
        NomisObservationMapper mapper =
                new NomisObservationMapper(feed, geography, ingest.fanIn(), ingest.reconciliation(), ingest.runId());
        NomisBlockReader reader = new NomisBlockReader(
                feed.id(), files, (file, header) -> NomisColumns.positions(feed.id(), file, header), blockRows);
        return new IngestWorker<>() {
            @Override
            public NomisBlock next() {
                NomisBlock block = reader.next();
                if (block != null) {
                    ingest.read(block.size());
                }
                return block;
            }

            @Override
            public List<Observation> map(NomisBlock block) {
                return mapper.map(block, ingest.quarantine());
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }
}
