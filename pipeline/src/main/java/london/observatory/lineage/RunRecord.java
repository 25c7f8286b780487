package london.observatory.lineage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One feed's row of the {@code runs} table: what was fetched, how many rows went where, and the outcome.
 * Written with the feed's data (an ingested feed's row is part of its commit), so a published
 * observation's {@code run_id} always has its row here.
 */
public record RunRecord(
        String runId,
        String feed,
        Instant startedAt,
        Instant finishedAt,
        Outcome outcome,
        String message,
        String sourceUrl,
        String sha256,
        String rawPath,
        long rowsRead,
        long rowsWritten,
        long rowsQuarantined,
        String lastUpstreamChange,
        LocalDate expectedNextRelease,
        boolean sample) {

    public enum Outcome {
        INGESTED,
        UNCHANGED,
        FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The row in {@code runs.json} column order. */
    public Object[] toRow() {
        return new Object[] {
            runId,
            feed,
            startedAt,
            finishedAt,
            outcome.label(),
            message,
            sourceUrl,
            sha256,
            rawPath,
            rowsRead,
            rowsWritten,
            rowsQuarantined,
            lastUpstreamChange,
            expectedNextRelease,
            sample
        };
    }

    /**
     * When the source is next expected to change, estimated from the feed's cadence: one cadence after the
     * day the run started (UTC); null for a cadence with no fixed interval (decennial, irregular).
     */
    public static LocalDate expectedNextRelease(String cadence, Instant runStarted) {
        LocalDate today = LocalDate.ofInstant(runStarted, ZoneOffset.UTC);
        return switch (cadence) {
            case "daily" -> today.plusDays(1);
            case "weekly" -> today.plusWeeks(1);
            case "monthly" -> today.plusMonths(1);
            case "quarterly" -> today.plusMonths(3);
            case "annual", "yearly" -> today.plusYears(1);
            default -> null;
        };
    }
}
