package london.observatory.lineage;

import java.util.List;

/** What a feed's run adds to the lineage tables: its {@code runs} row and its {@code reconciliation} rows. */
public record FeedLineage(RunRecord run, List<ReconciliationRecord> reconciliation) {

    public FeedLineage {
        reconciliation = List.copyOf(reconciliation);
    }

    public List<Object[]> runRows() {
        return List.<Object[]>of(run.toRow());
    }

    public List<Object[]> reconciliationRows() {
        return reconciliation.stream().map(ReconciliationRecord::toRow).toList();
    }
}
