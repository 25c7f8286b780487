package london.observatory.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a {@link SourceTable}: RFC 4180 quoting (a quoted field may hold commas and line
 * breaks), CRLF or LF, an optional byte order mark, no final newline, and the encoding named by the
 * descriptor or detected ({@link TextEncoding}). Each row carries the line it starts on. A record with
 * fewer fields than the header is a row cut short (a file truncated mid-row, a line broken inside a
 * field): it is marked bad rather than read with its missing cells as empty ones, which would publish
 * blanks where the source has numbers.
 */
public final class CsvSourceTable implements SourceTable {

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long lastLine;

    private CsvSourceTable(Path path, CSVParser parser) {
        this.file = path.getFileName().toString();
        this.parser = parser;
        this.header = parser.getHeaderNames().stream().map(String::strip).toList();
        this.lastLine = parser.getCurrentLineNumber();
        this.records = parser.iterator();
    }

    /** Opens {@code path} in {@code encoding} ({@code null} or {@code auto}: detect). */
    public static CsvSourceTable open(Path path, String encoding) throws IOException {
        Charset charset = TextEncoding.resolve(encoding, path);
        return new CsvSourceTable(path, CsvFiles.open(path, charset));
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        // Commons CSV counts the line breaks consumed; a record starts on the line after the last one.
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        List<String> cells = record.toList();
        return cells.size() < header.size()
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
