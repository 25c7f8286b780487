package london.observatory.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import london.observatory.csv.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a {@link SourceTable}: RFC 4180 quoting (a quoted field may hold commas and line
 * breaks), CRLF or LF, an optional byte order mark, no final newline, and the encoding named by the
 * descriptor or detected ({@link TextEncoding}). Each row carries the line it starts on.
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
        return new SourceRow(file, line, record.toList());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
