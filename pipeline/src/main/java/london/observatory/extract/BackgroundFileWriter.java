package london.observatory.extract;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes full buffers to a file, and hashes them (SHA-256), on a thread of its own. While an extract streams,
 * DuckDB's sort is done and one thread fetches and formats rows; the file's writes and its hash (about a fifth of a
 * CSV extract's time, measured) then run on the other core instead of after it. Buffers go round a fixed set, so
 * memory stays at {@value #BUFFERS} × 64 KB. Bytes reach the file in the order they were handed over.
 */
final class BackgroundFileWriter implements AutoCloseable {

    static final int BUFFER_BYTES = 1 << 16;
    private static final int BUFFERS = 4;
    private static final Chunk END = new Chunk(new byte[0], 0);

    private record Chunk(byte[] bytes, int length) {}

    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final OutputStream out;
    private final MessageDigest digest = Sha256.digest();
    private final Thread thread;
    private volatile IOException failure;
    private String sha256;
    private boolean closed;

    BackgroundFileWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_BYTES]);
        }
        this.thread = new Thread(this::drain, "extract-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** An empty buffer to fill; waits while all are in the queue. */
    byte[] emptyBuffer() throws IOException {
        checkFailure();
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing an extract");
        }
    }

    /** Hands over a buffer's first {@code length} bytes to be written and hashed. */
    void write(byte[] buffer, int length) throws IOException {
        put(new Chunk(buffer, length));
    }

    /** Waits until everything handed over is written and closes the file; the hash of every byte written. */
    String finish() throws IOException {
        close();
        return sha256;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            put(END);
        } catch (IOException e) {
            // the writer failed: the failure below says why
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing an extract");
        }
        checkFailure();
    }

    private void put(Chunk chunk) throws IOException {
        checkFailure();
        try {
            full.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing an extract");
        }
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("writing the extract failed: " + failure.getMessage(), failure);
        }
    }

    /**
     * Writes and hashes until the end marker. After a failure it keeps taking buffers (and returning them) without
     * writing, so the producer, which checks for the failure at every buffer, never waits on a full queue.
     */
    private void drain() {
        try (OutputStream file = out) {
            for (Chunk chunk = full.take(); chunk != END; chunk = full.take()) {
                if (failure == null) {
                    try {
                        file.write(chunk.bytes(), 0, chunk.length());
                        digest.update(chunk.bytes(), 0, chunk.length());
                    } catch (IOException e) {
                        failure = e;
                    }
                }
                free.put(chunk.bytes());
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            if (failure == null) {
                failure = e; // closing the file failed
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("extract writer interrupted");
        }
    }
}
