package london.observatory.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * The decoded text of a CSV file on its way to Commons CSV, which has no bound on a field's length (a line
 * with no end would be gathered whole into memory). Follows RFC 4180 quoting (quote {@code "}, doubled to
 * escape, no other escape character) to see where each record ends, and fails as soon as a record passes
 * {@link ReadLimits#maxRecordChars()} or the file passes {@link ReadLimits#maxRowsPerFile()}, so what Commons
 * CSV holds stays under the bound. It also refuses NUL characters (binary data, never in CSV text) and turns
 * the decoder's "Input length = 1" into the line and encoding that failed.
 */
final class BoundedCsvReader extends Reader {

    private final Reader in;
    private final String file;
    private final String encoding;
    private final ReadLimits limits;

    private long line = 1;
    private long recordLine = 1;
    private long recordChars;
    private long records;
    private long charsRead;
    private boolean quoted;
    private boolean afterCarriageReturn;

    BoundedCsvReader(Reader in, String file, String encoding, ReadLimits limits) {
        this.in = in;
        this.file = file;
        this.encoding = encoding;
        this.limits = limits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(
                    file,
                    line,
                    "bytes that are not " + encoding + " text (the descriptor's encoding, or \"auto\" to detect"
                            + " UTF-8 or Windows-1252)");
        }
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) throws RejectedInputException {
        charsRead++;
        if (c == '\n' || c == '\r') {
            if (c == '\r' || !afterCarriageReturn) {
                line++;
            }
            afterCarriageReturn = c == '\r';
            if (!quoted) {
                endRecord();
            } else {
                countChar();
            }
            return;
        }
        afterCarriageReturn = false;
        if (c == '\0') {
            throw new RejectedInputException(file, line, "a NUL character: binary data, not CSV text");
        }
        if (c == '"') {
            quoted = !quoted;
        }
        countChar();
    }

    private void countChar() throws RejectedInputException {
        if (++recordChars > limits.maxRecordChars()) {
            throw new RejectedInputException(
                    file,
                    recordLine,
                    "a record longer than " + ReadLimits.name("maxRecordChars", limits.maxRecordChars(), "characters")
                            + (quoted ? ", inside a quoted field (a quote never closed?)" : ""));
        }
    }

    private void endRecord() throws RejectedInputException {
        if (recordChars > 0 && ++records > limits.maxRowsPerFile()) {
            throw new RejectedInputException(
                    file,
                    recordLine,
                    "more than " + ReadLimits.name("maxRowsPerFile", limits.maxRowsPerFile(), "records"));
        }
        recordChars = 0;
        recordLine = line;
    }

    /** Characters read so far: how far into the file a failure came. */
    long charsRead() {
        return charsRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
