package london.observatory.fetch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Reports the bytes every body lands while a fetch runs ({@link #reportingTo}) to a {@link LandingListener}.
 * A fetch reaches the disk many layers down, through fetchers and getters that connectors build for themselves
 * (Datastore, Stat-Xplore), and it runs on one thread: so the listener is held for that thread during the call,
 * rather than passed through every lander and getter. Without a listener, bodies are copied exactly as before.
 */
public final class LandingProgress {

    private static final ThreadLocal<LandingListener> LISTENER = new ThreadLocal<>();

    private LandingProgress() {}

    /** Runs {@code fetch}, telling {@code listener} of each buffer of every body it writes on this thread. */
    public static <T> T reportingTo(LandingListener listener, Supplier<T> fetch) {
        LandingListener outer = LISTENER.get();
        LISTENER.set(listener);
        try {
            return fetch.get();
        } finally {
            LISTENER.set(outer);
        }
    }

    /** {@code out}, counted to this thread's listener if it has one. */
    static OutputStream counted(OutputStream out) {
        LandingListener listener = LISTENER.get();
        return listener == null ? out : new Counted(out, listener);
    }

    private static final class Counted extends FilterOutputStream {

        private final LandingListener listener;

        Counted(OutputStream out, LandingListener listener) {
            super(out);
            this.listener = listener;
        }

        // FilterOutputStream would write an array a byte at a time.
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            listener.landed(length);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            listener.landed(1);
        }
    }
}
