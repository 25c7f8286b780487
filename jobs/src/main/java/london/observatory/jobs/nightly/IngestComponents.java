package london.observatory.jobs.nightly;

import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.connectors.nomis.NomisObservationMapper;
import london.observatory.geography.Geography;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.RecordLocators;
import london.observatory.jobs.SpineCrosswalks;
import london.observatory.connectors.borough.RecordRowMapper;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.normalise.ValuePlacer;
import london.observatory.source.SourceFormats;
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
    private final ObjectProvider<TableBlockReader> tableReaders;
    private final ObjectProvider<TableBlockProcessor> tableProcessors;

    IngestComponents(ObjectProvider<BlockReader> readers, ObjectProvider<BlockProcessor> processors,
                     ObjectProvider<ObservationWriter> writers, ObjectProvider<TableBlockReader> tableReaders,
                     ObjectProvider<TableBlockProcessor> tableProcessors) {
        this.readers = readers;
        this.processors = processors;
        this.writers = writers;
        this.tableReaders = tableReaders;
        this.tableProcessors = tableProcessors;
    }

    TableBlockReader tableReader() {
        return tableReaders.getObject();
    }

    TableBlockProcessor tableProcessor() {
        return tableProcessors.getObject();
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
    static TableBlockReader tableBlockReader(@Value(FEED) String feedId, FeedCatalog catalog, SourceFormats formats,
                                             RunLedger ledger, ObservatoryProperties properties) {
        return new TableBlockReader(feed(catalog, feedId), formats, ledger.feed(feedId), properties.ingest().blockRows());
    }

    @Bean
    @StepScope
    static TableBlockProcessor tableBlockProcessor(@Value(FEED) String feedId, FeedCatalog catalog, RunLedger ledger,
                                                   Geography geography, SpineCrosswalks crosswalks,
                                                   RecordLocators locators) {
        FeedDescriptor feed = feed(catalog, feedId);
        FeedRun run = ledger.feed(feedId);
        if (feed.records() != null) {
            return new TableBlockProcessor(new RecordRowMapper(feed, locators.forFeed(feed), run.recordCounts,
                    run.reconciliation), run);
        }
        ValuePlacer placer = new ValuePlacer(feed, geography, crosswalks.forFeed(feed), run.fanIn,
                run.reconciliation, ledger.runId());
        return new TableBlockProcessor(new SourceRowMapper(feed, placer, run.reconciliation), run);
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
