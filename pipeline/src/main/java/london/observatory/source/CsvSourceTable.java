package london.observatory.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a {@link SourceTable}: RFC 4180 quoting (a quoted field may hold commas and line
 * breaks), CRLF or LF, an optional byte order mark, no final newline, and the encoding named by the
 * descriptor or detected ({@link TextEncoding}). Each row carries the line it starts on.
 *
 * <p>A record with fewer fields than the header is either a row cut short (a file truncated mid-row, a
 * line broken inside a field) or a publisher that leaves trailing columns off every record (a Fingertips
 * download names 26 columns and writes 25 fields). It is read when every column it lacks is one its
 * reader does not need, those cells being absent; it is marked bad when it lacks a needed one, rather
 * than read with the missing cells as empty ones, which would publish blanks where the source has
 * numbers.
 */
public final class CsvSourceTable implements SourceTable {

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final int fieldsNeeded;
    private long lastLine;

    private CsvSourceTable(Path path, CSVParser parser, Collection<String> needed) {
        this.file = path.getFileName().toString();
        this.parser = parser;
        this.header = parser.getHeaderNames().stream().map(String::strip).toList();
        this.fieldsNeeded = needed == null ? header.size() : fieldsNeeded(header, needed);
        this.lastLine = parser.getCurrentLineNumber();
        this.records = parser.iterator();
    }

    /** Opens {@code path} in {@code encoding} ({@code null} or {@code auto}: detect); every column is needed. */
    public static CsvSourceTable open(Path path, String encoding) throws IOException {
        return open(path, encoding, null);
    }

    /**
     * Opens {@code path} in {@code encoding} for a reader that needs only the {@code needed} columns (names
     * matched ignoring case; {@code null}: all of them): a record may lack trailing columns outside these.
     */
    public static CsvSourceTable open(Path path, String encoding, Collection<String> needed) throws IOException {
        return open(path, encoding, needed, ReadLimits.DEFAULT);
    }

    /** As {@link #open(Path, String, Collection)}, within {@code limits}. */
    public static CsvSourceTable open(Path path, String encoding, Collection<String> needed, ReadLimits limits)
            throws IOException {
        // Before the encoding is detected: that reads the whole file, and a ZIP or a web page is said at once.
        FileSignature.requireText(path, "CSV text");
        Charset charset = TextEncoding.resolve(encoding, path);
        return new CsvSourceTable(path, CsvFiles.open(path, charset, limits), needed);
    }

    /** How many leading fields a record must have: up to the last needed column the header has. */
    static int fieldsNeeded(List<String> header, Collection<String> needed) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(needed);
        int fields = 0;
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                fields = i + 1;
            }
        }
        return fields;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            // Commons CSV wraps what the reader throws; a rejection is told as it is, not as a stack of wrappers,
            // and the parser's own complaint (a quote never closed) names the file and the line.
            throw CsvFiles.malformed(file, lastLine + 1, e);
        }
        // Commons CSV counts the line breaks consumed; a record starts on the line after the last one.
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        List<String> cells = record.toList();
        return cells.size() < fieldsNeeded
                ? new SourceRow(
                        file,
                        line,
                        cells,
                        "cut short: " + cells.size() + " of the header's " + header.size() + " fields")
                : new SourceRow(file, line, cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
