package london.observatory.jobs.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import london.observatory.fetch.LandingListener;

/**
 * One feed's live progress in a run: its phase, bytes fetched (added a buffer at a time by the fetch) and rows
 * read (asked of the ingest's own counter only when shown, so ingest pays nothing for it). Written by the job's
 * threads and read by the display's, hence volatile and atomic fields.
 */
final class FeedProgress implements LandingListener {

    private final String name;
    private final Instant startedAt;
    private final AtomicLong bytes = new AtomicLong();
    private volatile Phase phase;
    private volatile boolean active;
    private volatile LongSupplier rowsRead;
    private volatile Instant readingFrom;
    private volatile Instant readingUntil;

    FeedProgress(String name, Instant startedAt) {
        this.name = name;
        this.startedAt = startedAt;
    }

    @Override
    public void landed(long count) {
        bytes.addAndGet(count);
    }

    /** A step of the feed begins; {@code rows} (or null) counts the rows it reads. */
    void enter(Phase next, LongSupplier rows, Instant at) {
        phase = next;
        if (rows != null) {
            rowsRead = rows;
            readingFrom = at;
            readingUntil = null;
        }
        active = true;
    }

    /** The step has ended; the rate of its rows stays as it was over the reading. */
    void leave(Instant at) {
        active = false;
        if (readingFrom != null && readingUntil == null) {
            readingUntil = at;
        }
    }

    boolean active() {
        return active;
    }

    ProgressState state(Instant now) {
        return new ProgressState(name, phase, Duration.between(startedAt, now), bytes.get(), rows(now));
    }

    private ProgressState.Rows rows(Instant now) {
        Instant from = readingFrom;
        if (from == null) {
            return null;
        }
        Instant until = readingUntil;
        long read = rowsRead.getAsLong();
        long millis = Duration.between(from, until == null ? now : until).toMillis();
        return new ProgressState.Rows(read, millis <= 0 ? 0 : read * 1000 / millis);
    }
}
