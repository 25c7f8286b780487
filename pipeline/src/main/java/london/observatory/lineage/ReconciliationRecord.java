package london.observatory.lineage;

import java.util.List;
import london.observatory.geography.Reconciliation;

/** One row of the {@code reconciliation} table: a feed run's records and value for one status and reason. */
public record ReconciliationRecord(
        String runId,
        String feed,
        String sourceGeography,
        String status,
        String reason,
        long records,
        Double value,
        String topCodes) {

    /** Every line of the feed's reconciliation for this run. */
    public static List<ReconciliationRecord> of(String runId, String feed, Reconciliation reconciliation) {
        return reconciliation.lines().stream()
                .map(line -> new ReconciliationRecord(
                        runId,
                        feed,
                        reconciliation.sourceGeography(),
                        line.status(),
                        line.reason(),
                        line.records(),
                        line.value(),
                        line.topCodes().isEmpty() ? null : String.join("; ", line.topCodes())))
                .toList();
    }

    /** The row in {@code reconciliation.json} column order. */
    public Object[] toRow() {
        return new Object[] {runId, feed, sourceGeography, status, reason, records, value, topCodes};
    }
}
