package london.observatory.mapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.normalise.ValuePlacer;
import london.observatory.observation.Observation;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;

/**
 * A source table mapped by a descriptor exactly as the nightly ingest step does it (mapper, placer, fan-in),
 * for tests: the observations, the bad rows ({@code line: reason}) and the reconciliation.
 */
public final class MappedTable {

    public final List<Observation> observations = new ArrayList<>();
    public final List<String> bad = new ArrayList<>();
    public final Reconciliation reconciliation;

    private MappedTable(FeedDescriptor feed) {
        this.reconciliation = new Reconciliation(feed.nativeGeography());
    }

    public static MappedTable of(
            FeedDescriptor feed, Geography geography, Map<String, Crosswalk> crosswalks, SourceTable table)
            throws IOException {
        MappedTable mapped = new MappedTable(feed);
        FanInAccumulator fanIn = new FanInAccumulator();
        ValuePlacer placer = new ValuePlacer(feed, geography, crosswalks, fanIn, mapped.reconciliation, "run-1");
        SourceRowMapper mapper = new SourceRowMapper(feed, placer, mapped.reconciliation).bind(table.header());
        for (SourceRow row = table.next(); row != null; row = table.next()) {
            String problem = mapper.map(row, mapped.observations);
            if (problem != null) {
                mapped.bad.add(row.line() + ": " + problem);
            }
        }
        mapped.observations.addAll(fanIn.drainIncomplete());
        return mapped;
    }
}
