package london.observatory.jobs.nightly;

import java.io.IOException;
import london.observatory.descriptor.CatalogueRows;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Geography;
import london.observatory.geography.SpineRows;
import london.observatory.parquet.SmallTables;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the reference tables to Parquet before publishing: the spine ({@code areas} and the
 * {@code ward_best_fit} of every ward vintage) and the whole catalogue ({@code indicators}), every feed
 * the installation knows and not only those this run fetched, since the data on disk are every feed's.
 */
final class ReferenceTablesTasklet implements Tasklet {

    private final Geography geography;
    private final FeedCatalog catalog;
    private final SmallTables tables;

    ReferenceTablesTasklet(Geography geography, FeedCatalog catalog, SmallTables tables) {
        this.geography = geography;
        this.catalog = catalog;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        tables.areas(SpineRows.areas(geography));
        tables.wardBestFit(SpineRows.wardBestFit(geography));
        tables.indicators(CatalogueRows.of(catalog));
        return RepeatStatus.FINISHED;
    }
}
