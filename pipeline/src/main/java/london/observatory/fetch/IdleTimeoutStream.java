package london.observatory.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSession;

/**
 * A response body that fails when no byte arrives for {@code idle}. The JDK client's request timeout ends once
 * the headers have come; a server that then stops sending would hold the nightly run for ever. Each read is
 * watched: if it is still waiting when the time is up, the reading thread is interrupted (the body's blocking
 * read gives way to that) and the read fails with an {@link HttpTimeoutException}, a transient failure that is
 * retried like any other timeout.
 */
public final class IdleTimeoutStream extends FilterInputStream {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "observatory-read-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration idle;
    private final String what;

    IdleTimeoutStream(InputStream body, Duration idle, String what) {
        super(body);
        this.idle = idle;
        this.what = what;
    }

    /** {@code response} with its body watched: a read waiting longer than {@code idle} fails. */
    public static HttpResponse<InputStream> watched(HttpResponse<InputStream> response, Duration idle, String what) {
        InputStream body = new IdleTimeoutStream(response.body(), idle, what);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpRequest request() {
                return response.request();
            }

            @Override
            public Optional<HttpResponse<InputStream>> previousResponse() {
                return response.previousResponse();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return response.sslSession();
            }

            @Override
            public URI uri() {
                return response.uri();
            }

            @Override
            public HttpClient.Version version() {
                return response.version();
            }
        };
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Thread reader = Thread.currentThread();
        AtomicBoolean waiting = new AtomicBoolean(true);
        CountDownLatch abandoned = new CountDownLatch(1);
        ScheduledFuture<?> alarm = WATCH.schedule(
                () -> {
                    if (waiting.compareAndSet(true, false)) {
                        abandon(reader);
                        abandoned.countDown();
                    }
                },
                idle.toNanos(),
                TimeUnit.NANOSECONDS);
        try {
            int n = super.read(buffer, offset, length);
            if (waiting.compareAndSet(true, false)) {
                return n;
            }
            throw timedOut(null, abandoned); // the alarm went off as the bytes came: still too late
        } catch (IOException e) {
            if (waiting.compareAndSet(true, false)) {
                throw e;
            }
            throw timedOut(e, abandoned);
        } finally {
            alarm.cancel(false);
        }
    }

    /** Ends the waiting read: closing the body cancels the exchange, the interrupt wakes a read parked on it. */
    private void abandon(Thread reader) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // the read fails either way: the interrupt below
        }
        reader.interrupt();
    }

    /**
     * The timeout, once the alarm has done all it does: its interrupt may come after the closed body has already
     * woken the read, so it is awaited and then cleared, never left for the next request to trip over.
     */
    private HttpTimeoutException timedOut(IOException cause, CountDownLatch abandoned) {
        boolean waited = false;
        while (!waited) {
            try {
                abandoned.await();
                waited = true;
            } catch (InterruptedException alarmsOwn) {
                // the alarm's interrupt: keep waiting for it to finish
            }
        }
        Thread.interrupted();
        HttpTimeoutException timeout =
                new HttpTimeoutException("read timeout: no bytes for " + idle.toMillis() + " ms from " + what);
        if (cause != null) {
            timeout.initCause(cause);
        }
        return timeout;
    }
}
