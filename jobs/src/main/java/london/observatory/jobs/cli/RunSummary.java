package london.observatory.jobs.cli;

import java.util.Locale;
import java.util.Map;
import london.observatory.jobs.nightly.FeedRun;
import london.observatory.jobs.nightly.NightlyRunner.NightlyResult;

/** The text an operator reads after a run: one line per feed, the database published, and each failure. */
final class RunSummary {

    private final NightlyResult result;

    RunSummary(NightlyResult result) {
        this.result = result;
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append("nightly run ").append(result.runId()).append('\n');
        text.append(String.format(Locale.ROOT, "%-28s %-10s %10s %10s %12s %8s%n",
                "feed", "outcome", "rows read", "written", "quarantined", "seconds"));
        for (FeedRun feed : result.feeds()) {
            text.append(String.format(Locale.ROOT, "%-28s %-10s %10d %10d %12d %8.1f%n", feed.feedId(),
                    feed.outcome().name().toLowerCase(Locale.ROOT), feed.rowsRead(), feed.rowsWritten(),
                    feed.rowsQuarantined(), feed.elapsed().toMillis() / 1000.0));
        }
        if (result.publishFailure() == null) {
            text.append("published ").append(result.database()).append(": ").append(counts(result.published()))
                    .append('\n');
        } else {
            text.append("PUBLISH FAILED, kept the last good database: ").append(result.publishFailure()).append('\n');
        }
        for (FeedRun feed : result.feeds()) {
            if (feed.outcome() == FeedRun.Outcome.FAILED) {
                text.append("FAILED ").append(feed.feedId()).append(": ").append(feed.message()).append('\n');
            }
        }
        return text.toString();
    }

    private static String counts(Map<String, Long> tables) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(tables).forEach((table, rows) -> text.append(text.isEmpty() ? "" : ", ").append(table).append(' ').append(rows));
        return text.toString();
    }
}
