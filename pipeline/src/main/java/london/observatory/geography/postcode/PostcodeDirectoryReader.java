package london.observatory.geography.postcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import london.observatory.source.CsvFiles;
import london.observatory.source.RejectedInputException;
import london.observatory.source.Snippet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an ONS postcode directory (NSPL, ONSPD or a postcode → output area lookup, any generation) row by row, so that a 2.7M-row UK
 * file is never held as text. Tolerates a byte order mark, quoted fields and CRLF; the generation is
 * detected from the header. A row too short to hold the columns read is an error naming its line,
 * since a truncated directory would otherwise turn real postcodes into "unknown" without a word.
 */
final class PostcodeDirectoryReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** {@code 202001}: year, then a month 01–12. */
    private static final Pattern TERMINATION_MONTH = Pattern.compile("\\d{4}(0[1-9]|1[0-2])");

    private PostcodeDirectoryReader() {}

    /** The generation of {@code file}, from its header alone; an error naming the file when it is none. */
    static DirectoryGeneration layout(Path file) {
        return read(file, (header, rows) -> header.generation());
    }

    /** Passes every data row to {@code sink}; returns the generation found in the header. */
    static DirectoryGeneration read(Path file, Consumer<DirectoryEntry> sink) {
        return read(file, (header, rows) -> {
            rows.forEachRemaining(row -> sink.accept(entry(file, header, row)));
            return header.generation();
        });
    }

    private static <T> T read(Path file, BiFunction<DirectoryHeader, Iterator<CSVRecord>, T> reader) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(CsvFiles.reader(file, StandardCharsets.UTF_8))
                .setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(file + ": empty file, expected a postcode directory header");
            }
            return reader.apply(DirectoryHeader.detect(file, records.next().toList()), records);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + file + ": " + Snippet.of(String.valueOf(e.getMessage())), e);
        } catch (UncheckedIOException e) {
            // Commons CSV wraps what the bounded reader throws mid-file; say the rejection itself.
            RejectedInputException rejected =
                    CsvFiles.malformed(file.getFileName().toString(), 0, e);
            throw new UncheckedIOException("cannot read " + file + ": " + rejected.getMessage(), rejected);
        }
    }

    private static DirectoryEntry entry(Path file, DirectoryHeader header, CSVRecord record) {
        if (record.size() < header.width()) {
            throw new IllegalArgumentException(file + " line " + record.getRecordNumber() + ": "
                    + record.size() + " fields, the " + header.generation().label() + " columns need "
                    + header.width());
        }
        boolean lsoa2011 = header.generation().lsoa2011();
        return new DirectoryEntry(
                postcode(header, record),
                record.get(header.lsoa()).strip(),
                lsoa2011,
                lsoa2011 && header.oa11() >= 0 ? record.get(header.oa11()).strip() : null,
                terminated(file, header, record));
    }

    /** The first postcode spelling the row fills in, or "" (counted unreadable) when it fills none. */
    private static String postcode(DirectoryHeader header, CSVRecord record) {
        for (int column : header.postcodes()) {
            String postcode = record.get(column).strip();
            if (!postcode.isEmpty()) {
                return postcode;
            }
        }
        return "";
    }

    /**
     * Blank is a live postcode; a termination month ({@code yyyyMM}) a terminated one. Anything else is an
     * error naming the line: a misread column would quietly mark every postcode terminated or none.
     */
    private static boolean terminated(Path file, DirectoryHeader header, CSVRecord record) {
        if (header.terminated() < 0) {
            return false;
        }
        String date = record.get(header.terminated()).strip();
        if (date.isEmpty()) {
            return false;
        }
        if (!TERMINATION_MONTH.matcher(date).matches()) {
            throw new IllegalArgumentException(file + " line " + record.getRecordNumber() + ": termination date '"
                    + Snippet.of(date) + "' is not a month (yyyyMM)");
        }
        return true;
    }
}
