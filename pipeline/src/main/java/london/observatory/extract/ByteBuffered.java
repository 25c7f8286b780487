package london.observatory.extract;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The CSV's output buffer, for one thread: {@link java.io.BufferedOutputStream} takes a lock on every write, which at
 * a dozen writes a row for millions of rows is measurable. Full buffers go to a {@link BackgroundFileWriter}, which
 * writes and hashes them on the other core. Also writes a whole number's digits without making a String.
 */
final class ByteBuffered implements AutoCloseable {

    private final BackgroundFileWriter file;
    private final byte[] digits = new byte[20];
    private byte[] buffer;
    private int used;

    ByteBuffered(Path path) throws IOException {
        this.file = new BackgroundFileWriter(path);
        this.buffer = file.emptyBuffer();
    }

    void write(byte[] bytes) throws IOException {
        int from = 0;
        while (from < bytes.length) {
            if (used == buffer.length) {
                handOver();
            }
            int n = Math.min(bytes.length - from, buffer.length - used);
            System.arraycopy(bytes, from, buffer, used, n);
            used += n;
            from += n;
        }
    }

    void write(char ascii) throws IOException {
        if (used == buffer.length) {
            handOver();
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

    private void handOver() throws IOException {
        file.write(buffer, used);
        buffer = file.emptyBuffer();
        used = 0;
    }

    /** Writes what is left, closes the file and returns the SHA-256 of everything written. */
    String finish() throws IOException {
        if (used > 0) {
            file.write(buffer, used);
            used = 0;
        }
        return file.finish();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
