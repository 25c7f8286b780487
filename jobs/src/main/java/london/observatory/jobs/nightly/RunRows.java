package london.observatory.jobs.nightly;

import java.time.LocalDate;
import java.time.ZoneOffset;
import london.observatory.descriptor.FeedDescriptor;

/** One feed's row of the {@code runs} table (columns in runs.json order). */
final class RunRows {

    private RunRows() {
    }

    static Object[] of(String runId, FeedRun run, FeedDescriptor feed) {
        return new Object[] {runId, run.feedId(), run.startedAt(),
            run.finishedAt() == null ? run.startedAt() : run.finishedAt(),
            run.outcome().name().toLowerCase(java.util.Locale.ROOT), run.message(), run.sourceUrl(), run.sha256(),
            run.rawDir() == null ? null : run.rawDir().toString(), run.rowsRead(), run.rowsWritten(),
            run.rowsQuarantined(), run.upstreamChange(), expectedNextRelease(run, feed)};
    }

    /** Estimated from the feed's cadence: the source is next expected one cadence after this run. */
    static LocalDate expectedNextRelease(FeedRun run, FeedDescriptor feed) {
        LocalDate today = LocalDate.ofInstant(run.startedAt(), ZoneOffset.UTC);
        return switch (feed.cadence()) {
            case "daily" -> today.plusDays(1);
            case "weekly" -> today.plusWeeks(1);
            case "monthly" -> today.plusMonths(1);
            case "quarterly" -> today.plusMonths(3);
            case "annual", "yearly" -> today.plusYears(1);
            default -> null;
        };
    }
}
