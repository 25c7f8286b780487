package london.observatory.extract;

import java.util.function.LongConsumer;

/**
 * Told how many rows an extract has written so far, every {@code step} rows, and once more with the total
 * when the file is complete (only if it was told anything before): what a progress line on a terminal needs.
 */
public final class ExtractProgress {

    /** Tells no one. */
    public static final ExtractProgress NONE = new ExtractProgress(Long.MAX_VALUE, rows -> {}, rows -> {});

    private final long step;
    private final LongConsumer written;
    private final LongConsumer done;
    private long rows;

    private ExtractProgress(long step, LongConsumer written, LongConsumer done) {
        if (step < 1) {
            throw new IllegalArgumentException("a progress step is at least one row, not " + step);
        }
        this.step = step;
        this.written = written;
        this.done = done;
    }

    /** {@code written} every {@code step} rows; {@code done} with the total, if {@code written} was called. */
    public static ExtractProgress every(long step, LongConsumer written, LongConsumer done) {
        return new ExtractProgress(step, written, done);
    }

    void row() {
        if (++rows % step == 0) {
            written.accept(rows);
        }
    }

    void finished() {
        if (rows >= step) {
            done.accept(rows);
        }
    }
}
