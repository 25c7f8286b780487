package london.observatory.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Lander;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.mapping.RowMapper;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.normalise.SpineCrosswalks;
import london.observatory.normalise.ValuePlacer;
import london.observatory.source.HeaderCheck;
import london.observatory.source.ReadFailure;
import london.observatory.source.SourceTable;

/**
 * A format whose landed files open as a {@link SourceTable} (a header and rows of text: CSV, a spreadsheet
 * sheet, a JSON cube), mapped to observations by the feed descriptor's {@code mapping}. A format of this
 * kind is its name, its lander and its opener; a record-level format overrides {@link #mapper}.
 */
public class TableFormat implements SourceFormat {

    private final String name;
    private final Lander lander;
    private final SourceTable.Opener opener;
    private final Geography geography;
    private final SpineCrosswalks crosswalks;

    public TableFormat(
            String name, Lander lander, SourceTable.Opener opener, Geography geography, SpineCrosswalks crosswalks) {
        this.name = name;
        this.lander = lander;
        this.opener = opener;
        this.geography = geography;
        this.crosswalks = crosswalks;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Lander lander() {
        return lander;
    }

    /** Reads only each file's header and checks it has every column the feed's mapping needs. */
    @Override
    public void checkHeaders(FeedDescriptor feed, List<Path> files) {
        for (Path file : files) {
            try (SourceTable table = opener.open(feed, file)) {
                HeaderCheck.positions(feed.id(), file, table.header(), feed.requiredColumns());
            } catch (IOException e) {
                throw ReadFailure.of(feed.id(), file, e);
            }
        }
    }

    @Override
    public IngestWorker<?> worker(FeedDescriptor feed, FeedIngest ingest, List<Path> files, int blockRows) {
        return new TableWorker(feed, opener, files, blockRows, mapper(feed, ingest), ingest);
    }

    /** The descriptor's mapping, placing each value on the spine through the crosswalks its levels need. */
    protected RowMapper mapper(FeedDescriptor feed, FeedIngest ingest) {
        Map<String, Crosswalk> forFeed = crosswalks.forFeed(feed);
        ValuePlacer placer =
                new ValuePlacer(feed, geography, forFeed, ingest.fanIn(), ingest.reconciliation(), ingest.runId());
        return new SourceRowMapper(feed, placer, ingest.reconciliation());
    }
}
