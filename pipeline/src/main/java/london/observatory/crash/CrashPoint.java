package london.observatory.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The named places where a crash would leave work half done, so the crash tests can kill a run exactly there. A JVM
 * started with {@code -Dobservatory.crash-at=<point>} (or {@code <point>#<n>} for the n-th time it is reached) stops
 * at that point: it prints {@code crash point <point> reached} on standard output and waits, and the test kills it
 * with SIGKILL. Nothing happens anywhere else: without the property, reaching a point reads one static field.
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

    private static final String AT = System.getProperty(PROPERTY);
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

    /** Stops this JVM here, for good, when the crash tests asked for this point (and this occurrence of it). */
    public void reach() {
        if (AT == null || !AT.split("#")[0].equals(label)) {
            return;
        }
        int occurrence = AT.contains("#") ? Integer.parseInt(AT.substring(AT.indexOf('#') + 1)) : 1;
        if (TIMES.incrementAndGet() != occurrence) {
            return;
        }
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.println(reachedLine());
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await(); // the test's SIGKILL ends the process here
            } catch (InterruptedException e) {
                // not a way out: a crash point never returns
            }
        }
    }
}
