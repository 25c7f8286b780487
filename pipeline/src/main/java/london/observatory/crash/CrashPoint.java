package london.observatory.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The named places where a crash would leave work half done, so the crash tests can kill a run exactly there. A JVM
 * started with {@code -Dobservatory.crash-at=<point>} (or {@code <point>#<n>} for the n-th time it is reached) stops
 * at that point: it prints {@code crash point <point> reached} on standard output and waits, and the test kills it
 * with SIGKILL. {@code -Dobservatory.pause-at=<point>[#<n>]} instead pauses there until the JVM begins to shut down
 * (the test sends SIGTERM), printing {@code pause point <point> reached}, so a graceful stop can be tested from a
 * known place. Nothing happens anywhere else: without the properties, reaching a point reads two static fields.
 */
public enum CrashPoint {
    /** Between two landed files (pages) of one fetch, before its manifest is written. */
    MID_FETCH("mid-fetch"),
    /** Inside an ingest chunk: some of its blocks written to the Parquet part, the chunk not committed. */
    MID_CHUNK("mid-chunk"),
    /** A Parquet part file finished and moved to its name, the feed's staging not committed. */
    AFTER_PARQUET_PART("after-parquet-part"),
    /** The commit begun (its roll-forward marker written), no partition renamed yet. */
    BEFORE_PARTITION_RENAME("before-partition-rename"),
    /** A partition of a commit swapped in (its live directory replaced by the staged one), the rest of it not yet. */
    MID_SWAP("mid-swap"),
    /** A release's databases built in its partial folder, not yet renamed to the release's own folder. */
    MID_PUBLISH("mid-publish"),
    /** The full database's link pointed at the new release, the open database's not yet. */
    MID_RELEASE_SWITCH("mid-release-switch"),
    /** The new release live (both links on it), the oldest releases not yet pruned: the publish is committed. */
    AFTER_PUBLISH("after-publish");

    public static final String PROPERTY = "observatory.crash-at";
    public static final String PAUSE_PROPERTY = "observatory.pause-at";

    private static final String AT = System.getProperty(PROPERTY);
    private static final String PAUSE_AT = System.getProperty(PAUSE_PROPERTY);
    private static final AtomicInteger TIMES = new AtomicInteger();

    private final String label;

    CrashPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The line the stopped JVM prints. */
    public String reachedLine() {
        return "crash point " + label + " reached";
    }

    /** The line a paused JVM prints. */
    public String pausedLine() {
        return "pause point " + label + " reached";
    }

    /** Stops this JVM here, for good (or until it shuts down), when the tests asked for this point. */
    public void reach() {
        if (asked(AT)) {
            announce(reachedLine());
            awaitQuietly(new CountDownLatch(1)); // the test's SIGKILL ends the process here
        } else if (asked(PAUSE_AT)) {
            CountDownLatch shutdown = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(shutdown::countDown, "observatory-pause-point"));
            announce(pausedLine());
            awaitQuietly(shutdown);
        }
    }

    /** True at the asked occurrence of this point. */
    private boolean asked(String at) {
        if (at == null || !at.split("#")[0].equals(label)) {
            return false;
        }
        int occurrence = at.contains("#") ? Integer.parseInt(at.substring(at.indexOf('#') + 1)) : 1;
        return TIMES.incrementAndGet() == occurrence;
    }

    private static void announce(String line) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.println(line);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // not a way out: only the kill, or the shutdown that opens the latch
            }
        }
    }
}
