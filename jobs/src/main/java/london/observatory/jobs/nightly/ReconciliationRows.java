package london.observatory.jobs.nightly;

import java.util.ArrayList;
import java.util.List;
import london.observatory.geography.Reconciliation;

/** One feed run's rows of the {@code reconciliation} table (columns in reconciliation.json order). */
final class ReconciliationRows {

    private ReconciliationRows() {
    }

    static List<Object[]> of(String runId, FeedRun run) {
        Reconciliation reconciliation = run.reconciliation();
        List<Object[]> rows = new ArrayList<>();
        for (Reconciliation.Line line : reconciliation.lines()) {
            rows.add(new Object[] {runId, run.feedId(), reconciliation.sourceGeography(), line.status(),
                line.reason(), line.records(), line.value(),
                line.topCodes().isEmpty() ? null : String.join("; ", line.topCodes())});
        }
        return rows;
    }
}
