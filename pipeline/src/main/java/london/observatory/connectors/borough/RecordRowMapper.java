package london.observatory.connectors.borough;

import java.time.LocalDate;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.RecordMapping;
import london.observatory.geography.Reconciliation;
import london.observatory.mapping.BoundColumns;
import london.observatory.mapping.RowMapper;
import london.observatory.mapping.RowRules;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.normalise.RecordCounts;
import london.observatory.observation.Observation;
import london.observatory.source.SourceRow;

/**
 * Counts the records of a landed record-level file ({@code source_line} plus the kept columns): each
 * record's month from its date, its LSOA 2021 from its postcode or point, one more in that LSOA and
 * month. Nothing is emitted per row; the feed's shared {@link RecordCounts} become observations once
 * every worker is done. A record with no readable date is a bad row (it cannot be given a month); one
 * that cannot be placed is counted in the reconciliation with its reason. One per worker.
 */
public final class RecordRowMapper implements RowMapper {

    private final RecordMapping records;
    private final RecordLocator locator;
    private final RecordCounts counts;
    private final Reconciliation reconciliation;
    private final RecordDates dates;
    private RowRules where;
    private int line;
    private int key;
    private int date;
    private int first;
    private int second;

    public RecordRowMapper(
            FeedDescriptor feed, RecordLocator locator, RecordCounts counts, Reconciliation reconciliation) {
        this.records = feed.records();
        this.locator = locator;
        this.counts = counts;
        this.reconciliation = reconciliation;
        this.dates = new RecordDates(records.dateFormats());
    }

    @Override
    public RecordRowMapper bind(List<String> header) {
        BoundColumns columns = new BoundColumns(header);
        line = columns.at(RecordMapping.SOURCE_LINE);
        key = columns.at(RecordMapping.RECORD_KEY);
        date = columns.at(RecordMapping.DATE);
        switch (records.placeBy()) {
            case POSTCODE -> {
                first = columns.at(RecordMapping.POSTCODE);
                second = -1;
            }
            case BRITISH_NATIONAL_GRID -> {
                first = columns.at(RecordMapping.EASTING);
                second = columns.at(RecordMapping.NORTHING);
            }
            case LATITUDE_LONGITUDE -> {
                first = columns.at(RecordMapping.LATITUDE);
                second = columns.at(RecordMapping.LONGITUDE);
            }
        }
        where = new RowRules(records.where(), columns);
        return this;
    }

    @Override
    public String map(SourceRow row, List<Observation> out) {
        if (row.problem() != null) {
            return "cut short: the delivered record has fewer fields than its header";
        }
        LocalDate month = dates.month(row.cell(date));
        if (month == null) {
            return row.text(date).isEmpty()
                    ? "no date"
                    : "date '" + row.text(date) + "' is in none of the formats " + records.dateFormats();
        }
        if (!where.allMatch(row)) {
            reconciliation.unmatched(SourceRowMapper.SET_ASIDE, null, 1.0);
            return null;
        }
        String lsoa21 = locator.locate(row.cell(first), second < 0 ? null : row.cell(second), reconciliation);
        if (lsoa21 != null) {
            counts.add(lsoa21, month, Integer.parseInt(row.text(key)));
        }
        return null;
    }

    @Override
    public long sourceLine(SourceRow row) {
        try {
            return Long.parseLong(row.text(line));
        } catch (NumberFormatException e) {
            return row.line();
        }
    }
}
