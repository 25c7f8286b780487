package london.observatory.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 * the first column name. Every file is first checked to be text ({@link FileSignature}) and then read within
 * the {@link ReadLimits} ({@link BoundedCsvReader}): a ZIP, an HTML page or a line with no end fails with one
 * line saying so.
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
        return open(file, charset, ReadLimits.DEFAULT);
    }

    public static CSVParser open(Path file, Charset charset, ReadLimits limits) throws IOException {
        Reader reader = reader(file, charset, limits);
        try {
            return CSVParser.builder().setReader(reader).setFormat(WITH_HEADER).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            RejectedInputException rejected = rejectionIn(e);
            if (rejected != null) {
                throw rejected;
            }
            throw e;
        }
    }

    /** A buffered reader positioned after the byte order mark, if the file has one. */
    public static Reader reader(Path file, Charset charset) throws IOException {
        return reader(file, charset, ReadLimits.DEFAULT);
    }

    /**
     * A buffered reader of {@code file}'s text within {@code limits}, positioned after the byte order mark if
     * the file has one.
     *
     * @throws RejectedInputException when the file is not text (a ZIP archive, an HTML page, UTF-16 ...)
     */
    public static Reader reader(Path file, Charset charset, ReadLimits limits) throws IOException {
        FileSignature.requireText(file, "CSV text");
        Reader bounded = new BoundedCsvReader(
                Files.newInputStream(file), charset, file.getFileName().toString(), limits);
        BufferedReader reader = new BufferedReader(bounded, BUFFER_CHARS);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /**
     * What Commons CSV threw while iterating, as one line naming the file: the reader's own rejection if
     * there is one, otherwise the parser's complaint (a quote never closed, a character after a closing
     * quote), which Commons CSV wraps in an {@link UncheckedIOException} whose message is the cause's class and
     * text and names no file.
     *
     * @param line the line the record began on, or 0 when not known
     */
    public static RejectedInputException malformed(String file, long line, UncheckedIOException thrown) {
        RejectedInputException rejected = rejectionIn(thrown);
        if (rejected != null) {
            return rejected;
        }
        Throwable cause = thrown.getCause() == null ? thrown : thrown.getCause();
        String why = Snippet.of(String.valueOf(cause.getMessage()));
        RejectedInputException malformed = line > 0
                ? new RejectedInputException(file, line, "not valid CSV: " + why)
                : new RejectedInputException(file, "is not valid CSV: " + why);
        malformed.initCause(thrown);
        return malformed;
    }

    /**
     * The {@link RejectedInputException} behind what Commons CSV threw, or null: it wraps what a reader
     * throws while iterating in an {@link UncheckedIOException} whose message repeats the cause's.
     */
    public static RejectedInputException rejectionIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RejectedInputException rejected) {
                return rejected;
            }
        }
        return null;
    }
}
