package london.observatory.ingest;

import java.util.Locale;
import london.observatory.descriptor.FeedDescriptor;

/**
 * Decides whether a feed's finished ingest may replace its last good data: the rows read must equal the
 * source's own total when it announces one, there must be rows, bad rows must stay within the descriptor's share,
 * and rows read must have given some observation. Throws with the one line an operator reads.
 */
public final class CommitGate {

    private CommitGate() {}

    public static void check(FeedIngest ingest) {
        checkRowCount(ingest);
        checkSomethingRead(ingest);
        checkBadRowShare(ingest);
        checkSomethingToPublish(ingest);
    }

    private static void checkRowCount(FeedIngest ingest) {
        long expected = ingest.landed().expectedRows();
        if (expected >= 0 && ingest.rowsRead() != expected) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "%s: read %d rows but the source announced %d",
                    ingest.feed().id(),
                    ingest.rowsRead(),
                    expected));
        }
    }

    /**
     * New data without a single row (a file of its header alone, an empty export). Every source here publishes
     * rows each time; committing nothing would report the feed ingested and record the source as seen.
     */
    private static void checkSomethingRead(FeedIngest ingest) {
        if (ingest.rowsRead() == 0) {
            throw new IllegalStateException(ingest.feed().id()
                    + ": read no rows: the source's new data hold a header at most (an empty export?), nothing to"
                    + " publish");
        }
    }

    private static void checkBadRowShare(FeedIngest ingest) {
        FeedDescriptor feed = ingest.feed();
        long read = ingest.rowsRead();
        long bad = ingest.rowsQuarantined();
        if (read > 0 && bad > feed.maxBadRowShare() * read) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "%s: %d of %d rows (%.1f%%) are bad, more than the %.1f%% allowed; see %s",
                    feed.id(),
                    bad,
                    read,
                    100.0 * bad / read,
                    100.0 * feed.maxBadRowShare(),
                    ingest.quarantine().path()));
        }
    }

    /**
     * Rows read and not one observation made. Committing would report the feed ingested, record the source as
     * seen, and leave it unread until the source changes again. The reconciliation usually says why (every
     * code unknown, say, or outside London), so the line names its largest unmatched reasons with their top
     * codes; with nothing unmatched every row was set aside or matched no indicator, which is what a renamed
     * column the mapping filters on (a measure or type column) looks like.
     */
    private static void checkSomethingToPublish(FeedIngest ingest) {
        if (ingest.rowsRead() > 0 && ingest.rowsWritten() == 0) {
            String why = UnmatchedSummary.of(ingest.reconciliation());
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "%s: read %d rows but none gave an observation: %s",
                    ingest.feed().id(),
                    ingest.rowsRead(),
                    why.isEmpty()
                            ? "each was set aside or matched no indicator (has the source's layout changed?)"
                            : why));
        }
    }
}
