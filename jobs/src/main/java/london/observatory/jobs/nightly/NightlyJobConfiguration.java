package london.observatory.jobs.nightly;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.observatory.connectors.SourceFormats;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FileUrls;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.command.JobCommand;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code nightly} job, and the {@code backfill} job made of the same steps. For each feed, a flow: fetch
 * (conditional; an unchanged source ends the feed's flow) → ingest (partitioned over the landed pages, chunked) →
 * commit (swap the feed's Parquet partitions in). Any failure in a feed's flow goes to that feed's failure step,
 * which keeps its last good data and lets the next feed run. Then the reference tables are written and the
 * database is published. A backfill ({@link JobCommand}) is one feed fetched in full with only its periods in the
 * range committed; a failed feed fails the backfill, so that running the same backfill again restarts it (a nightly
 * run goes on to the other feeds and is never restarted: each is a new job instance).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    static final String NIGHTLY = "nightly";
    static final String BACKFILL = "backfill";
    /** Every job this application runs: what start-up recovers and a graceful stop stops. */
    static final List<String> JOB_NAMES = List.of(NIGHTLY, BACKFILL);

    static final String UNCHANGED = "UNCHANGED";
    private static final String FEED = "#{stepExecutionContext['" + IngestPartitioner.FEED + "']}";

    @Bean
    Job nightlyJob(
            JobRepository repository,
            FeedCatalog catalog,
            ObservatoryProperties properties,
            NightlySteps steps,
            JobCommand command) {
        List<FeedDescriptor> feeds = runFeeds(catalog, properties, command);
        FirstUseFiles.check(feeds, properties.geography());
        String name = jobName(command);
        boolean failTheJob = command.isBackfill();
        FlowBuilder<Flow> nightly = new FlowBuilder<Flow>(name).start(feedFlow(feeds.get(0), steps, failTheJob));
        for (FeedDescriptor feed : feeds.subList(1, feeds.size())) {
            nightly = nightly.next(feedFlow(feed, steps, failTheJob));
        }
        Flow all = nightly.next(steps.referenceTables()).next(steps.publish()).build();
        return new JobBuilder(name, repository).start(all).end().build();
    }

    private static String jobName(JobCommand command) {
        return command.isBackfill() ? BACKFILL : NIGHTLY;
    }

    /**
     * One feed's flow. It starts by asking whether an earlier execution of this job instance committed the feed (a
     * backfill run again after a later step failed): then the feed is not redone.
     */
    private static Flow feedFlow(FeedDescriptor feed, NightlySteps steps, boolean failTheJob) {
        JobExecutionDecider earlier = steps.earlierCommit(feed);
        Step fetch = steps.fetch(feed);
        Step ingest = steps.ingest(feed);
        Step commit = steps.commit(feed);
        Step failed = steps.failed(feed);
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("feed:" + feed.id())
                .start(earlier)
                .on(EarlierCommit.COMMITTED)
                .end()
                .from(earlier)
                .on("*")
                .to(fetch)
                .from(fetch)
                .on(UNCHANGED)
                .end()
                .from(fetch)
                .on("FAILED")
                .to(failed)
                .from(fetch)
                .on("*")
                .to(ingest)
                .from(ingest)
                .on("FAILED")
                .to(failed)
                .from(ingest)
                .on("*")
                .to(commit)
                .from(commit)
                .on("FAILED")
                .to(failed)
                .from(commit)
                .on("*")
                .end();
        return failTheJob ? flow.from(failed).on("*").fail().build() : flow.build();
    }

    /**
     * Every feed the installation knows: the shipped ones and any in {@code observatory.feeds-dir} (all of them
     * reach the {@code indicators} table), URL overrides applied, relative {@code file:} URLs (the samples, or a
     * folder feed's) made absolute against {@code observatory.base-dir}. A URL override naming no feed stops
     * the run.
     */
    @Bean
    FeedCatalog feedCatalog(ObservatoryProperties properties) {
        Map<String, String> overrides = new HashMap<>();
        properties.feeds().forEach((id, feed) -> {
            if (feed != null && feed.url() != null) {
                overrides.put(id, feed.url());
            }
        });
        return FeedCatalog.load(overrides, properties.feedsDir())
                .map(feed -> feed.withUrl(FileUrls.absolute(feed.source().url(), properties.baseDir())));
    }

    /** The feeds this run fetches: the command's one, else {@code observatory.feed-ids}, else every feed. */
    static List<FeedDescriptor> runFeeds(FeedCatalog catalog, ObservatoryProperties properties, JobCommand command) {
        if (command.feed() != null) {
            return catalog.only(
                            List.of(command.feed()),
                            "observatory " + command.kind().word())
                    .feeds();
        }
        return properties.feedIds().isEmpty()
                ? catalog.feeds()
                : catalog.only(properties.feedIds()).feeds();
    }

    @Bean
    @StepScope
    static IngestItems ingestItems(
            @Value(FEED) String feedId,
            FeedCatalog catalog,
            SourceFormats formats,
            RunLedger ledger,
            ObservatoryProperties properties) {
        return new IngestItems(
                catalog.find(feedId).orElseThrow(),
                formats,
                ledger.feed(feedId),
                properties.ingest().blockRows());
    }

    @Bean
    @StepScope
    static ObservationWriter observationWriter(@Value(FEED) String feedId, RunLedger ledger) {
        return new ObservationWriter(ledger.feed(feedId));
    }
}
