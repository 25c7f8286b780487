package london.observatory.geography.postcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an ONS postcode directory (NSPL or ONSPD, any generation) row by row, so that a 2.7M-row UK
 * file is never held as text. Tolerates a byte order mark, quoted fields and CRLF; the generation is
 * detected from the header. A row too short to hold the columns read is an error naming its line,
 * since a truncated directory would otherwise turn real postcodes into "unknown" without a word.
 */
final class PostcodeDirectoryReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private PostcodeDirectoryReader() {}

    /** Passes every data row to {@code sink}; returns the generation found in the header. */
    static DirectoryGeneration read(Path file, Consumer<DirectoryEntry> sink) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(CsvFiles.reader(file, StandardCharsets.UTF_8))
                .setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(file + ": empty file, expected a postcode directory header");
            }
            DirectoryHeader header = DirectoryHeader.detect(file, records.next().toList());
            while (records.hasNext()) {
                sink.accept(entry(file, header, records.next()));
            }
            return header.generation();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static DirectoryEntry entry(Path file, DirectoryHeader header, CSVRecord record) {
        if (record.size() < header.width()) {
            throw new IllegalArgumentException(file + " line " + record.getRecordNumber() + ": "
                    + record.size() + " fields, the " + header.generation().describe() + " columns need "
                    + header.width());
        }
        String postcode = record.get(header.postcode()).strip();
        if (postcode.isEmpty()) {
            postcode = record.get(header.fixedWidthPostcode()).strip();
        }
        return new DirectoryEntry(
                postcode,
                record.get(header.lsoa21()).strip(),
                record.get(header.district()).strip(),
                !record.get(header.terminated()).isBlank());
    }
}
