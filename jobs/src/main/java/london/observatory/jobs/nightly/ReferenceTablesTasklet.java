package london.observatory.jobs.nightly;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Area;
import london.observatory.geography.Geography;
import london.observatory.parquet.ObservationStore;
import london.observatory.table.TableSchema;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the small tables to Parquet before publishing: the spine ({@code areas} and the
 * {@code ward_best_fit} of every ward vintage), the catalogue
 * ({@code indicators}) and this run's record per feed ({@code runs}, one file per run and feed, so the
 * table keeps every run).
 */
final class ReferenceTablesTasklet implements Tasklet {

    private final Geography geography;
    private final FeedCatalog catalog;
    private final ObservationStore store;
    private final RunLedger ledger;

    ReferenceTablesTasklet(Geography geography, FeedCatalog catalog, ObservationStore store, RunLedger ledger) {
        this.geography = geography;
        this.catalog = catalog;
        this.store = store;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        store.writeTable(TableSchema.load(TableSchema.AREAS), store.areasFile(), areaRows());
        store.writeTable(TableSchema.load(TableSchema.WARD_BEST_FIT), store.wardBestFitFile(), wardBestFitRows());
        store.writeTable(TableSchema.load(TableSchema.INDICATORS), store.indicatorsFile(),
                CatalogueRows.of(catalog));
        for (FeedRun run : ledger.feeds()) {
            store.writeTable(TableSchema.load(TableSchema.RUNS), store.runFile(ledger.runId(), run.feedId()),
                    List.<Object[]>of(RunRows.of(ledger.runId(), run, catalog.find(run.feedId()).orElseThrow())));
            if (run.outcome() == FeedRun.Outcome.INGESTED) {
                store.writeTable(TableSchema.load(TableSchema.RECONCILIATION),
                        store.reconciliationFile(ledger.runId(), run.feedId()),
                        ReconciliationRows.of(ledger.runId(), run));
            }
        }
        return RepeatStatus.FINISHED;
    }

    private List<Object[]> areaRows() {
        List<Object[]> rows = new ArrayList<>(geography.areas().size());
        for (Area a : geography.areas()) {
            rows.add(new Object[] {a.code(), a.name(), a.level().code(), a.msoa21Code(), a.wardCode(), a.ladCode(),
                a.regionCode(), a.population(), a.wardVintages()});
        }
        return rows;
    }

    private List<Object[]> wardBestFitRows() {
        List<Object[]> rows = new ArrayList<>();
        for (int vintage : geography.wardVintages()) {
            new TreeMap<>(geography.wardBestFit(vintage)).forEach((lsoa, ward) ->
                    rows.add(new Object[] {(long) vintage, lsoa, ward}));
        }
        return rows;
    }
}
