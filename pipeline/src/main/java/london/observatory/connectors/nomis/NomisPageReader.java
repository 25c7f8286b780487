package london.observatory.connectors.nomis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.OptionalLong;
import london.observatory.source.CsvFiles;
import london.observatory.source.Snippet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Counts the data rows of one landed Nomis CSV page and reads its RECORD_COUNT (the total rows of
 * the whole query, repeated on every row), when the query selected it. Rows are CSV records, not lines: a quoted field may hold
 * a line break.
 */
final class NomisPageReader {

    static final String RECORD_COUNT = "RECORD_COUNT";

    private static final CSVFormat NOMIS_CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .get();

    /** Rows on the page, and the RECORD_COUNT of its first row (empty for a header-only page or none given). */
    record PageCount(long rows, OptionalLong recordCount) {}

    PageCount count(Path page) throws IOException {
        try (Reader reader = CsvFiles.reader(page, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, NOMIS_CSV)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new PageCount(0, OptionalLong.empty());
            }
            OptionalLong recordCount = recordCountOf(records.next(), page);
            long rows = 1;
            for (; records.hasNext(); records.next()) {
                rows++;
            }
            return new PageCount(rows, recordCount);
        }
    }

    /** Empty when the query's {@code select} left RECORD_COUNT out: the walk then pages by page size. */
    private static OptionalLong recordCountOf(CSVRecord first, Path page) {
        if (!first.isMapped(RECORD_COUNT)) {
            return OptionalLong.empty();
        }
        String value = first.get(RECORD_COUNT).trim();
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new NomisResponseException(
                    RECORD_COUNT + " is not a number in " + page.getFileName() + ": '" + Snippet.of(value) + "'");
        }
    }
}
