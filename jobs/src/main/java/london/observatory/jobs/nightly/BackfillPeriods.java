package london.observatory.jobs.nightly;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import london.observatory.ingest.FeedIngest;
import london.observatory.observation.Observation;
import london.observatory.period.PeriodSpan;

/**
 * A backfill commits only the periods it was asked for: the feed's whole file is fetched and ingested (a source
 * serves it whole), then the staged periods starting outside the range are dropped before the commit, so the live
 * data of those periods stay as they were.
 */
final class BackfillPeriods {

    private BackfillPeriods() {}

    /**
     * Drops the staged periods outside {@code range} (their rows no longer count as written) and returns the
     * feed's {@code runs} message saying what the backfill committed, e.g. {@code backfill of 2025-10-01..2025-10-31:
     * 1 of 2 periods in the source committed (2025-10); the rest left as they were}. Fails when the source has no
     * period in the range: a backfill that committed nothing must not count as done.
     */
    static String keepOnly(PeriodSpan range, FeedIngest ingest) throws IOException {
        List<String> staged = ingest.staging().periods();
        List<String> kept = new ArrayList<>();
        long dropped = 0;
        for (String period : staged) {
            if (range.contains(Observation.periodStartOf(period))) {
                kept.add(period);
            } else {
                dropped += ingest.staging().drop(period);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalStateException(ingest.feed().id() + ": the source has no period in the backfill's " + range
                    + " (it has " + describe(staged) + "); nothing committed");
        }
        ingest.written(-dropped);
        return "backfill of " + range + ": " + kept.size() + " of " + staged.size()
                + " periods in the source committed (" + describe(kept) + "); the rest left as they were";
    }

    /** {@code 2025-09, 2025-10}, or the first and last of a long list: a message is one short line. */
    private static String describe(List<String> periods) {
        if (periods.isEmpty()) {
            return "none";
        }
        return periods.size() <= 4
                ? String.join(", ", periods)
                : periods.get(0) + " … " + periods.get(periods.size() - 1);
    }
}
