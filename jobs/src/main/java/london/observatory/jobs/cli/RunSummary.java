package london.observatory.jobs.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.geography.Reconciliation;
import london.observatory.jobs.command.JobCommand;
import london.observatory.jobs.nightly.FeedRun;
import london.observatory.jobs.nightly.NightlyRunner.NightlyResult;
import london.observatory.lineage.RunRecord;
import org.springframework.batch.core.BatchStatus;

/**
 * The text an operator reads after a run: one line per feed (and one per feed a restarted backfill did not redo),
 * the database published, what a backfill committed, and each failure.
 */
final class RunSummary {

    private final NightlyResult result;

    RunSummary(NightlyResult result) {
        this.result = result;
    }

    String render() {
        StringBuilder text = new StringBuilder(header());
        text.append(String.format(
                Locale.ROOT,
                "%-36s %-10s %10s %10s %12s %8s%n",
                "feed",
                "outcome",
                "rows read",
                "written",
                "quarantined",
                "seconds"));
        result.committedEarlier()
                .forEach((feed, run) -> text.append(
                        String.format(Locale.ROOT, "%-36s %-10s in run %s; not redone%n", feed, "committed", run)));
        for (FeedRun feed : result.feeds()) {
            RunRecord run = feed.record();
            if (run == null) {
                text.append(String.format(Locale.ROOT, "%-36s %-10s%n", feed.feedId(), "stopped"));
                continue;
            }
            text.append(String.format(
                    Locale.ROOT,
                    "%-36s %-10s %10d %10d %12d %8.1f%n",
                    feed.feedId(),
                    run.outcome().label(),
                    run.rowsRead(),
                    run.rowsWritten(),
                    run.rowsQuarantined(),
                    feed.elapsed().toMillis() / 1000.0));
        }
        for (FeedRun feed : result.feeds()) {
            if (feed.reconciliation() != null) {
                text.append(reconciliation(feed.feedId(), feed.reconciliation()));
            }
        }
        // What a backfill committed: its runs row says so.
        for (FeedRun feed : result.feeds()) {
            RunRecord run = feed.record();
            if (run != null && run.outcome() == RunRecord.Outcome.INGESTED && run.message() != null) {
                text.append(feed.feedId()).append(": ").append(run.message()).append('\n');
            }
        }
        if (result.status() == BatchStatus.STOPPED) {
            text.append("STOPPED before publishing: the last good database stays; the next run finishes the work\n");
        } else if (result.publishFailure() != null) {
            text.append("PUBLISH FAILED, kept the last good database: ")
                    .append(result.publishFailure())
                    .append('\n');
        } else if (result.status() == BatchStatus.FAILED) {
            text.append("NOT PUBLISHED, kept the last good database: the run failed before its publish\n");
        } else {
            text.append("published ")
                    .append(result.database())
                    .append(": ")
                    .append(counts(result.published()))
                    .append('\n');
        }
        for (FeedRun feed : result.feeds()) {
            if (feed.record() != null && feed.record().outcome() == RunRecord.Outcome.FAILED) {
                text.append("FAILED ")
                        .append(feed.feedId())
                        .append(": ")
                        .append(feed.record().message())
                        .append('\n');
            }
        }
        if (result.command().isBackfill() && result.status() == BatchStatus.FAILED) {
            text.append("the same backfill again restarts this one: what it completed is not redone\n");
        }
        return text.toString();
    }

    /**
     * {@code nightly run <id>}; {@code run of <feed>: run <id>}; {@code backfill of <feed> <first>..<last>: run <id>},
     * with {@code , restarting run <id>} when it restarted a failed backfill.
     */
    private String header() {
        JobCommand command = result.command();
        String header = command.kind() == JobCommand.Kind.NIGHTLY
                ? "nightly run " + result.runId()
                : command.describe() + ": run " + result.runId();
        return header + (result.restartOf() == null ? "" : ", restarting run " + result.restartOf()) + "\n";
    }

    /**
     * Two lines and one per unmatched reason, e.g. {@code nomis-claimant-count placed from lsoa11: 304 in,
     * 303 matched, 1 unmatched; value in 9,500, placed 9,495, unmatched 5}.
     */
    private static String reconciliation(String feedId, Reconciliation r) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s placed from %s: %,d in, %,d matched, %,d unmatched; value in %,.0f, placed %,.0f, unmatched %,.0f",
                feedId,
                r.sourceGeography(),
                r.recordsIn(),
                r.recordsMatched(),
                r.recordsUnmatched(),
                r.valueIn(),
                r.valueOut(),
                r.valueUnmatched()));
        if (r.valueOutside() != 0) {
            text.append(String.format(Locale.ROOT, ", outside London %,.0f", r.valueOutside()));
        }
        if (r.valueWithheldInSums() != 0) {
            text.append(String.format(Locale.ROOT, ", in withheld sums %,.0f", r.valueWithheldInSums()));
        }
        text.append('\n');
        for (Reconciliation.Line line : r.lines()) {
            if (line.reason() != null && line.records() > 0) {
                text.append(String.format(
                        Locale.ROOT,
                        "  %-9s %-22s %,10d%s%n",
                        line.status(),
                        line.reason(),
                        line.records(),
                        line.topCodes().isEmpty() ? "" : "  top: " + String.join(", ", line.topCodes())));
            }
        }
        return text.toString();
    }

    private static String counts(Map<String, Long> tables) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(tables)
                .forEach((table, rows) -> text.append(text.isEmpty() ? "" : ", ")
                        .append(table)
                        .append(' ')
                        .append(rows));
        return text.toString();
    }
}
