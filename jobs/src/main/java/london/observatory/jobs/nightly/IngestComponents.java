package london.observatory.jobs.nightly;

import london.observatory.feed.FeedCatalog;
import london.observatory.feed.FeedDescriptor;
import london.observatory.feeds.nomis.NomisObservationMapper;
import london.observatory.geography.Geography;
import london.observatory.jobs.ObservatoryProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ingest worker's reader, processor and writer. They are step scoped so that each partition (each
 * worker thread) gets its own instances; because they move blocks of rows, the scoped proxy is crossed
 * once per block, not once per row.
 */
@Configuration(proxyBeanMethods = false)
class IngestComponents {

    private static final String FEED = "#{stepExecutionContext['" + IngestPartitioner.FEED + "']}";

    private final ObjectProvider<BlockReader> readers;
    private final ObjectProvider<BlockProcessor> processors;
    private final ObjectProvider<ObservationWriter> writers;

    IngestComponents(ObjectProvider<BlockReader> readers, ObjectProvider<BlockProcessor> processors,
                     ObjectProvider<ObservationWriter> writers) {
        this.readers = readers;
        this.processors = processors;
        this.writers = writers;
    }

    BlockReader reader() {
        return readers.getObject();
    }

    BlockProcessor processor() {
        return processors.getObject();
    }

    ObservationWriter writer() {
        return writers.getObject();
    }

    @Bean
    @StepScope
    static BlockReader blockReader(@Value(FEED) String feedId, FeedCatalog catalog, RunLedger ledger,
                                   ObservatoryProperties properties) {
        return new BlockReader(feed(catalog, feedId), ledger.feed(feedId), properties.ingest().blockRows());
    }

    @Bean
    @StepScope
    static BlockProcessor blockProcessor(@Value(FEED) String feedId, FeedCatalog catalog, RunLedger ledger,
                                         Geography geography) {
        FeedRun run = ledger.feed(feedId);
        return new BlockProcessor(new NomisObservationMapper(feed(catalog, feedId), geography, run.fanIn,
                run.reconciliation, ledger.runId()), run);
    }

    @Bean
    @StepScope
    static ObservationWriter observationWriter(@Value(FEED) String feedId, RunLedger ledger) {
        return new ObservationWriter(ledger.feed(feedId));
    }

    private static FeedDescriptor feed(FeedCatalog catalog, String feedId) {
        return catalog.find(feedId).orElseThrow(() -> new IllegalStateException("no feed " + feedId));
    }
}
