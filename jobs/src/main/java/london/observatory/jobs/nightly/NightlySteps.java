package london.observatory.jobs.nightly;

import java.nio.file.Path;
import java.time.Clock;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.connectors.nomis.NomisPager;
import london.observatory.connectors.datastore.DatastoreLander;
import london.observatory.connectors.datastore.DatastoreResolver;
import london.observatory.connectors.borough.RecordLander;
import london.observatory.connectors.statxplore.StatXploreLander;
import london.observatory.connectors.statxplore.StatXploreSettings;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.Lander;
import london.observatory.fetch.SingleFileLander;
import london.observatory.fetch.Sleeper;
import london.observatory.source.SourceFormats;
import london.observatory.geography.Geography;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.Secrets;
import london.observatory.parquet.ObservationStore;
import london.observatory.publish.DuckDbPublisher;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Builds the nightly job's steps; one set per feed, named after it so each feed's history is its own. */
@Component
class NightlySteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final ObservatoryProperties properties;
    private final RunLedger ledger;
    private final Fetcher fetcher;
    private final ObservationStore store;
    private final Geography geography;
    private final FeedCatalog catalog;
    private final IngestComponents components;
    private final SourceFormats formats;
    private final DatastoreResolver datastore;
    private final StatXploreSettings statXplore;
    private final Secrets secrets;
    private final Clock clock;
    @SuppressWarnings("rawtypes")
    private final ObjectProvider<ChunkListener> chunkListeners;

    @SuppressWarnings("rawtypes")
    NightlySteps(JobRepository repository, PlatformTransactionManager transactions, ObservatoryProperties properties,
                 RunLedger ledger, Fetcher fetcher, ObservationStore store, Geography geography, FeedCatalog catalog,
                 IngestComponents components, SourceFormats formats, DatastoreResolver datastore,
                 StatXploreSettings statXplore, Secrets secrets, Clock clock,
                 ObjectProvider<ChunkListener> chunkListeners) {
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
        this.ledger = ledger;
        this.fetcher = fetcher;
        this.store = store;
        this.geography = geography;
        this.catalog = catalog;
        this.components = components;
        this.formats = formats;
        this.datastore = datastore;
        this.statXplore = statXplore;
        this.secrets = secrets;
        this.clock = clock;
        this.chunkListeners = chunkListeners;
    }

    Step fetch(FeedDescriptor feed) {
        return feedTasklet(feed, "fetch-", new FetchTasklet(feed, lander(feed), formats, store, ledger, dataDir()));
    }

    /** How the feed's source is landed: paged by RECORD_COUNT, POSTed, cut to its kept columns, or one file at one URL. */
    private Lander lander(FeedDescriptor feed) {
        return switch (feed.format()) {
            case "nomis-csv" -> new NomisPager(fetcher);
            case "statxplore-table" -> new StatXploreLander(dataDir(), fetcher, statXplore, secrets, Sleeper.REAL, clock);
            case "datastore-csv" -> new DatastoreLander(dataDir(), datastore);
            case "borough-records" -> new RecordLander(fetcher);
            default -> new SingleFileLander(fetcher);
        };
    }

    Step ingest(FeedDescriptor feed) {
        String name = "ingest-" + feed.id();
        FailureRecorder failures = new FailureRecorder(feed.id(), ledger);
        Step worker = formats.isTable(feed)
                ? NightlyJobConfiguration.ingestWorker(name + "-worker", repository, transactions, properties,
                        components.tableReader(), components.tableProcessor(), components.writer(), chunkListeners,
                        failures)
                : NightlyJobConfiguration.ingestWorker(name + "-worker", repository, transactions, properties,
                        components.reader(), components.processor(), components.writer(), chunkListeners, failures);
        return NightlyJobConfiguration.partitioned(name, repository, worker, new IngestPartitioner(feed.id(), ledger),
                properties.ingest().workers());
    }

    Step commit(FeedDescriptor feed) {
        return feedTasklet(feed, "commit-", new CommitTasklet(feed, store, fetcher.states(), ledger));
    }

    Step failed(FeedDescriptor feed) {
        return tasklet("failed-" + feed.id(), new FeedFailedTasklet(feed, store, ledger));
    }

    Step referenceTables() {
        return tasklet("reference-tables", new ReferenceTablesTasklet(geography, catalog, store, ledger));
    }

    Step publish() {
        return tasklet("publish", new PublishTasklet(new DuckDbPublisher(), ledger, dataDir()));
    }

    private Step feedTasklet(FeedDescriptor feed, String prefix, Tasklet tasklet) {
        return new StepBuilder(prefix + feed.id(), repository).tasklet(tasklet, transactions)
                .listener(new FailureRecorder(feed.id(), ledger)).build();
    }

    private Step tasklet(String name, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).build();
    }

    private Path dataDir() {
        return properties.dataDir();
    }
}
