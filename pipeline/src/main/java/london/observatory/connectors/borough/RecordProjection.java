package london.observatory.connectors.borough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.RecordMapping;
import london.observatory.disclosure.RecordKeyer;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.LandingFilter;
import london.observatory.source.CsvFiles;
import london.observatory.source.CsvSourceTable;
import london.observatory.source.RejectedInputException;
import london.observatory.source.SchemaMismatchException;
import london.observatory.source.SourceRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Keeps only the columns a record-level feed's descriptor names, as the file lands: the file is read in
 * its own encoding (UTF-8 with or without a byte order mark, or Windows-1252), each kept column found
 * by its aliases, and a UTF-8 CSV of {@code source_line}, {@code record_key} (the record's disclosure key,
 * see {@link RecordKeyer}) and the kept columns is written. Names, addresses and reference numbers are never
 * written anywhere; the line number lets a bad record be traced back to the file the borough holds.
 */
public final class RecordProjection implements LandingFilter {

    private static final CSVFormat LANDED =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final FeedDescriptor feed;
    private final RecordMapping records;
    private final RecordKeyer keyer;

    public RecordProjection(FeedDescriptor feed, RecordKeyer keyer) {
        this.feed = feed;
        this.records = feed.records();
        this.keyer = keyer;
    }

    @Override
    public void write(Path downloaded, Path kept, String sourceName) throws IOException {
        try (CsvSourceTable table = CsvSourceTable.open(downloaded, feed.encoding());
                Writer writer = Files.newBufferedWriter(kept, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(writer, LANDED)) {
            int[] positions = HeaderAliases.positions(feed.id(), sourceName, table.header(), records.columns());
            out.printRecord(records.landedColumns());
            Object[] cells = new Object[positions.length + 2];
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                if (row.problem() != null) {
                    // Landed as its line number alone: too short to read, so quarantined at ingest.
                    out.printRecord(row.line());
                    continue;
                }
                cells[0] = row.line();
                // The whole delivered record identifies it, so the key stays the same from one night's
                // delivery to the next while the record does.
                cells[1] = keyer.keyOf(feed.id(), row.cells());
                for (int i = 0; i < positions.length; i++) {
                    String cell = row.cell(positions[i]);
                    cells[i + 2] = cell == null ? "" : cell.strip();
                }
                out.printRecord(cells);
            }
        } catch (SchemaMismatchException e) {
            throw new FetchException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            RejectedInputException rejected = CsvFiles.rejectionIn(e);
            if (rejected != null) { // named as the borough sent it, not as the temporary download
                throw new FetchException(rejected.named(sourceName).forFeed(feed.id()), e);
            }
            // Commons CSV's messages name a line and position, never a field's text.
            throw new FetchException(feed.id() + ": cannot read " + sourceName + " as CSV: " + e.getMessage(), e);
        }
    }
}
