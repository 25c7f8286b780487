package london.observatory.jobs.nightly;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.connectors.fingertips.FingertipsCsv;
import london.observatory.connectors.hclic.HclicA1Table;
import london.observatory.connectors.insolvency.InsolvencyTable;
import london.observatory.connectors.statxplore.StatXploreCube;
import london.observatory.fetch.FileUrls;
import london.observatory.source.CsvSourceTable;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.observation.Observation;
import london.observatory.source.SourceFormats;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code nightly} job. For each feed, a flow: fetch (conditional; an unchanged source ends the
 * feed's flow) → ingest (partitioned over the landed pages, chunked) → commit (swap the feed's Parquet
 * partitions in). Any failure in a feed's flow goes to that feed's failure step, which keeps its last
 * good data and lets the next feed run. Then the reference tables are written and the database is
 * published.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    static final String JOB_NAME = "nightly";
    static final String UNCHANGED = "UNCHANGED";

    @Bean
    Job nightlyJob(JobRepository repository, FeedCatalog catalog, NightlySteps steps) {
        List<FeedDescriptor> feeds = catalog.feeds();
        FlowBuilder<Flow> nightly = new FlowBuilder<Flow>(JOB_NAME).start(feedFlow(feeds.get(0), steps));
        for (FeedDescriptor feed : feeds.subList(1, feeds.size())) {
            nightly = nightly.next(feedFlow(feed, steps));
        }
        Flow all = nightly.next(steps.referenceTables()).next(steps.publish()).build();
        return new JobBuilder(JOB_NAME, repository).start(all).end().build();
    }

    private static Flow feedFlow(FeedDescriptor feed, NightlySteps steps) {
        Step fetch = steps.fetch(feed);
        Step ingest = steps.ingest(feed);
        Step commit = steps.commit(feed);
        Step failed = steps.failed(feed);
        return new FlowBuilder<Flow>("feed:" + feed.id())
                .start(fetch).on(UNCHANGED).end()
                .from(fetch).on("FAILED").to(failed)
                .from(fetch).on("*").to(ingest)
                .from(ingest).on("FAILED").to(failed)
                .from(ingest).on("*").to(commit)
                .from(commit).on("FAILED").to(failed)
                .from(commit).on("*").end()
                .build();
    }

    /** Table formats beyond CSV, each read by its connector. */
    @Bean
    SourceFormats sourceFormats() {
        return SourceFormats.standard()
                .register("statxplore-table", (feed, file) -> StatXploreCube.open(file))
                .register("fingertips-csv", (feed, file) -> FingertipsCsv.open(feed.id(), file, feed.encoding()))
                .register("datastore-csv", (feed, file) -> CsvSourceTable.open(file, feed.encoding()))
                .register("insolvency-xlsx", (feed, file) -> InsolvencyTable.open(file, InsolvencyTable.Statistic.COUNT))
                .register("hclic-a1", (feed, file) -> HclicA1Table.open(file));
    }

    /**
     * The catalogue for this run: the shipped feeds and any in {@code observatory.feeds-dir}, those asked for,
     * URL overrides applied, relative {@code file:} URLs (the samples, or a folder feed's) made absolute
     * against {@code observatory.base-dir}. A feed id or URL override naming no feed stops the run.
     */
    @Bean
    FeedCatalog feedCatalog(ObservatoryProperties properties) {
        Map<String, String> overrides = new HashMap<>();
        properties.feeds().forEach((id, feed) -> {
            if (feed != null && feed.url() != null) {
                overrides.put(id, feed.url());
            }
        });
        return FeedCatalog.load(properties.feedIds(), overrides, properties.feedsDir())
                .map(feed -> feed.withUrl(FileUrls.absolute(feed.source().url(), properties.baseDir())));
    }

    /** Worker step shared by every partition of one feed's ingest; its components are step scoped. */
    static <B> Step ingestWorker(String name, JobRepository repository, PlatformTransactionManager transactions,
                                 ObservatoryProperties properties, ItemStreamReader<B> reader,
                                 ItemProcessor<B, List<Observation>> processor, ObservationWriter writer,
                                 @SuppressWarnings("rawtypes") ObjectProvider<ChunkListener> listeners,
                                 FailureRecorder failures) {
        ChunkOrientedStepBuilder<B, List<Observation>> builder = new StepBuilder(name, repository)
                .<B, List<Observation>>chunk(properties.ingest().chunkBlocks())
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer);
        builder.listener(failures);
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    static Step partitioned(String name, JobRepository repository, Step worker, IngestPartitioner partitioner,
                            int workers) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(workers);
        return new StepBuilder(name, repository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(workers)
                .taskExecutor(threads)
                .build();
    }
}
