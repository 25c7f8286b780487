package london.observatory.extract;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output buffer for one thread: {@link java.io.BufferedOutputStream} takes a lock on every write, which at a dozen
 * writes a row for millions of rows is measurable. Also writes a whole number's digits without making a String.
 */
final class ByteBuffered implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int used;

    ByteBuffered(OutputStream out) {
        this.out = out;
    }

    void write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    void write(char ascii) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (byte) ascii;
    }

    /** A whole number in decimal ASCII. */
    void writeWhole(long n) throws IOException {
        if (n < 0) {
            write('-');
        }
        int at = digits.length;
        long rest = n;
        do {
            digits[--at] = (byte) ('0' + Math.abs(rest % 10));
            rest /= 10;
        } while (rest != 0);
        for (int i = at; i < digits.length; i++) {
            write((char) digits[i]);
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
