package london.observatory.connectors.borough;

import london.observatory.descriptor.FeedDescriptor;
import london.observatory.disclosure.RecordKeyer;
import london.observatory.fetch.Fetcher;
import london.observatory.geography.Geography;
import london.observatory.ingest.FeedIngest;
import london.observatory.ingest.TableFormat;
import london.observatory.mapping.RowMapper;
import london.observatory.normalise.SpineCrosswalks;
import london.observatory.source.CsvSourceTable;

/**
 * {@code borough-records}: a borough's case list, landed already cut down to its kept columns in UTF-8
 * ({@link RecordProjection}), each record placed by postcode or point and counted per LSOA and month.
 */
public final class BoroughRecordsFormat extends TableFormat {

    private final RecordLocators locators;

    public BoroughRecordsFormat(
            Fetcher fetcher,
            RecordKeyer keyer,
            RecordLocators locators,
            Geography geography,
            SpineCrosswalks crosswalks) {
        super(
                "borough-records",
                new RecordLander(fetcher, keyer),
                (feed, file) -> CsvSourceTable.open(file, "UTF-8"),
                geography,
                crosswalks);
        this.locators = locators;
    }

    @Override
    protected RowMapper mapper(FeedDescriptor feed, FeedIngest ingest) {
        return new RecordRowMapper(feed, locators.forFeed(feed), ingest.recordCounts(), ingest.reconciliation());
    }
}
