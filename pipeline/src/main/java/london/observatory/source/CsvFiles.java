package london.observatory.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens the CSV files the observatory reads, the way public sources actually publish them:
 * RFC 4180 quoting (fields may hold commas and line breaks), CRLF or LF, and an optional UTF-8 byte
 * order mark (Excel and many ONS downloads start with one), which Commons CSV would otherwise glue onto
 * the first column name.
 */
public final class CsvFiles {

    /** Header from the first record; quoted fields, CRLF/LF; blank lines ignored. */
    public static final CSVFormat WITH_HEADER = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static final int BUFFER_CHARS = 1 << 16;

    private CsvFiles() {}

    public static CSVParser open(Path file) throws IOException {
        return open(file, StandardCharsets.UTF_8);
    }

    public static CSVParser open(Path file, Charset charset) throws IOException {
        return CSVParser.builder()
                .setReader(reader(file, charset))
                .setFormat(WITH_HEADER)
                .get();
    }

    /** A buffered reader positioned after the byte order mark, if the file has one. */
    public static Reader reader(Path file, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(Files.newBufferedReader(file, charset), BUFFER_CHARS);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
