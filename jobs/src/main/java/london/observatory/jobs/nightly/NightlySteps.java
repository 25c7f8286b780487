package london.observatory.jobs.nightly;

import java.util.List;
import london.observatory.connectors.SourceFormats;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Fetcher;
import london.observatory.geography.Geography;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.command.JobCommand;
import london.observatory.jobs.progress.Phase;
import london.observatory.jobs.progress.RunProgress;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.SmallTables;
import london.observatory.release.ReleasePublisher;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the nightly job's steps; one set per feed, named after it so each feed's history is its own. A feed's
 * steps may start again though they completed ({@code allowStartIfComplete}): in a restarted backfill a feed that
 * was not committed is redone whole (see {@link EarlierCommit}). A nightly run never restarts, so it never
 * matters there.
 */
@Component
class NightlySteps {

    private static final String COMMIT = "commit-";

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final ObservatoryProperties properties;
    private final RunLedger ledger;
    private final Fetcher fetcher;
    private final ObservationStore store;
    private final SmallTables smallTables;
    private final Geography geography;
    private final FeedCatalog catalog;
    private final SourceFormats formats;
    private final ReleasePublisher releases;
    private final ObjectProvider<IngestItems> items;
    private final ObjectProvider<ObservationWriter> writers;
    private final RunProgress progress;
    private final JobCommand command;

    @SuppressWarnings("rawtypes")
    private final ObjectProvider<ChunkListener> chunkListeners;

    @SuppressWarnings("rawtypes")
    NightlySteps(
            JobRepository repository,
            PlatformTransactionManager transactions,
            ObservatoryProperties properties,
            RunLedger ledger,
            Fetcher fetcher,
            ObservationStore store,
            SmallTables smallTables,
            Geography geography,
            FeedCatalog catalog,
            SourceFormats formats,
            ReleasePublisher releases,
            ObjectProvider<IngestItems> items,
            ObjectProvider<ObservationWriter> writers,
            ObjectProvider<ChunkListener> chunkListeners,
            RunProgress progress,
            JobCommand command) {
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
        this.ledger = ledger;
        this.fetcher = fetcher;
        this.store = store;
        this.smallTables = smallTables;
        this.geography = geography;
        this.catalog = catalog;
        this.formats = formats;
        this.releases = releases;
        this.items = items;
        this.writers = writers;
        this.chunkListeners = chunkListeners;
        this.progress = progress;
        this.command = command;
    }

    JobExecutionDecider earlierCommit(FeedDescriptor feed) {
        return new EarlierCommit(feed, COMMIT + feed.id(), repository, ledger);
    }

    Step fetch(FeedDescriptor feed) {
        return feedTasklet(
                feed,
                "fetch-",
                new FetchTasklet(feed, formats.of(feed), store, ledger, progress),
                progress.starts(feed.id(), Phase.FETCHING));
    }

    /**
     * The feed's landed pages shared out over the ingest workers (a partitioned step); each worker reads its
     * pages with the feed's format in chunks of blocks and writes Parquet part files into the feed's staging.
     */
    Step ingest(FeedDescriptor feed) {
        String name = "ingest-" + feed.id();
        IngestItems reader = items.getObject();
        ChunkOrientedStepBuilder<Object, List<Observation>> worker = new StepBuilder(name + "-worker", repository)
                .<Object, List<Observation>>chunk(properties.ingest().chunkBlocks())
                .transactionManager(transactions)
                .reader(reader)
                .processor(reader)
                .writer(writers.getObject())
                .allowStartIfComplete(true);
        worker.listener(new FailureRecorder(feed.id(), ledger));
        chunkListeners.orderedStream().forEach(worker::listener);
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(properties.ingest().workers());
        return new StepBuilder(name, repository)
                .partitioner(name + "-worker", new IngestPartitioner(feed.id(), ledger))
                .step(worker.build())
                .gridSize(properties.ingest().workers())
                .taskExecutor(threads)
                .listener(new OpenIngest(feed, ledger, store, properties.dataDir()))
                .listener(progress.reads(
                        feed.id(), Phase.INGESTING, () -> ledger.feed(feed.id()).rowsRead()))
                .allowStartIfComplete(true)
                .build();
    }

    Step commit(FeedDescriptor feed) {
        return feedTasklet(
                feed,
                COMMIT,
                new CommitTasklet(feed, store, fetcher.states(), ledger, command.periods()),
                progress.continues(feed.id(), Phase.COMMITTING));
    }

    Step failed(FeedDescriptor feed) {
        return new StepBuilder("failed-" + feed.id(), repository)
                .tasklet(new FeedFailedTasklet(feed, store, ledger), transactions)
                .allowStartIfComplete(true)
                .build();
    }

    Step referenceTables() {
        return tasklet(
                "reference-tables",
                new ReferenceTablesTasklet(geography, catalog, smallTables),
                progress.starts(RunProgress.RELEASE, Phase.PUBLISHING));
    }

    Step publish() {
        return tasklet(
                "publish",
                new PublishTasklet(releases, ledger, properties.dataDir(), catalog, geography),
                progress.continues(RunProgress.RELEASE, Phase.PUBLISHING));
    }

    /** A feed's step runs again when its job restarts (a backfill), unless its commit was done before. */
    private Step feedTasklet(FeedDescriptor feed, String prefix, Tasklet tasklet, StepExecutionListener phase) {
        return tasklet(prefix + feed.id(), tasklet, true, new FailureRecorder(feed.id(), ledger), phase);
    }

    private Step tasklet(String name, Tasklet tasklet, StepExecutionListener... listeners) {
        return tasklet(name, tasklet, false, listeners);
    }

    private Step tasklet(String name, Tasklet tasklet, boolean startIfComplete, StepExecutionListener... listeners) {
        TaskletStepBuilder step = new StepBuilder(name, repository).tasklet(tasklet, transactions);
        for (StepExecutionListener listener : listeners) {
            step.listener(listener);
        }
        return step.allowStartIfComplete(startIfComplete).build();
    }
}
