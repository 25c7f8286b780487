package london.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The decoded text of a CSV file on its way to Commons CSV, which has no bound on a field's length (a line
 * with no end would be gathered whole into memory). Follows RFC 4180 quoting (quote {@code "}, doubled to
 * escape, no other escape character) to see where each record ends, and fails as soon as a record passes
 * {@link ReadLimits#maxRecordChars()} or the file passes {@link ReadLimits#maxRowsPerFile()}, so what Commons
 * CSV holds stays under the bound. It also refuses NUL characters (binary data, never in CSV text), and it
 * decodes the bytes itself so that a byte the encoding cannot decode is told with its line, not as the JDK
 * decoder's "Input length = 1" thrown a buffer ahead.
 */
final class BoundedCsvReader extends Reader {

    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private final String file;
    private final ReadLimits limits;

    private boolean endOfInput;
    private boolean flushed;
    private boolean undecodable;
    private long line = 1;
    private long recordLine = 1;
    private long recordChars;
    private long records;
    private boolean quoted;
    private boolean afterCarriageReturn;

    BoundedCsvReader(InputStream in, Charset charset, String file, ReadLimits limits) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.file = file;
        this.limits = limits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = undecodable ? 0 : decode(CharBuffer.wrap(buffer, offset, length));
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        if (n > 0) {
            return n; // characters before an undecodable byte are given first, so its line is known
        }
        if (undecodable) {
            throw new RejectedInputException(
                    file,
                    line,
                    "bytes that are not " + decoder.charset().name() + " text (the descriptor's encoding, or"
                            + " \"auto\" to detect UTF-8 or Windows-1252)");
        }
        return -1;
    }

    /** Decodes into {@code out} until it holds something, the input ends or a byte cannot be decoded. */
    private int decode(CharBuffer out) throws IOException {
        int start = out.position();
        if (flushed) {
            return 0; // the end was reached and told; a decoder may not be used after its flush
        }
        while (out.position() == start) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                undecodable = true;
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                break;
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        return out.position() - start;
    }

    private void see(char c) throws RejectedInputException {
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
