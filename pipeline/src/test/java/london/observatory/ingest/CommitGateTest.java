package london.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FetchManifest;
import london.observatory.fetch.FetchOutcome;
import london.observatory.fetch.FetchResult;
import london.observatory.fetch.LandedFeed;
import london.observatory.geography.Reconciliation;
import london.observatory.parquet.ObservationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last checks before a feed's staged data replace its published data. */
class CommitGateTest {

    private static final String RUN_ID = "20261122T024500000Z";

    @TempDir
    Path dataDir;

    private final FeedDescriptor feed = Descriptors.read("observatory/feeds/insolvency-service-by-location.json");

    private FeedIngest ingest(long expectedRows) throws Exception {
        LandedFeed landed = new LandedFeed(
                new FetchResult(
                        feed.id(),
                        FetchOutcome.LANDED,
                        dataDir,
                        List.of(),
                        new FetchManifest(feed.id(), null, FetchOutcome.LANDED, List.of(), "0".repeat(64), 0, null)),
                expectedRows);
        return FeedIngest.open(feed, RUN_ID, landed, dataDir, new ObservationStore(dataDir));
    }

    @Test
    void rowsReadWithoutASingleObservationNameTheLargestUnmatchedReasonsWithTheirTopCodes() throws Exception {
        FeedIngest ingest = ingest(-1);
        ingest.read(120);
        Reconciliation reconciliation = ingest.reconciliation();
        for (int i = 0; i < 100; i++) {
            String ward = "E050000" + (26 + i % 4);
            reconciliation.unmatched(Reconciliation.UNKNOWN_CODE, ward, 1.0, ward + " is a retired ward");
        }
        for (int i = 0; i < 15; i++) {
            reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON, "E08000025", 1.0);
        }
        for (int i = 0; i < 5; i++) {
            reconciliation.unmatched(Reconciliation.SET_ASIDE, "E92000001", null);
        }

        assertThatThrownBy(() -> CommitGate.check(ingest))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("insolvency-service-by-location: read 120 rows but none gave an observation: "
                        + "100 unknown-code (E05000026, E05000027, E05000028, …): E05000026 is a retired ward; "
                        + "15 outside-london (E08000025); 5 set-aside (E92000001)");
    }

    @Test
    void rowsReadWithoutASingleObservationAndNothingUnmatchedFailTheFeedAskingAboutTheLayout() throws Exception {
        FeedIngest ingest = ingest(-1);
        ingest.read(1400);

        assertThatThrownBy(() -> CommitGate.check(ingest))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("insolvency-service-by-location: read 1400 rows but none gave an observation: each was "
                        + "set aside or matched no indicator (has the source's layout changed?)");
    }

    @Test
    void newDataWithoutARowFailTheFeed() throws Exception {
        FeedIngest ingest = ingest(-1);

        assertThatThrownBy(() -> CommitGate.check(ingest))
                .hasMessage("insolvency-service-by-location: read no rows: the source's new data hold a header at"
                        + " most (an empty export?), nothing to publish");
    }

    @Test
    void rowsReadOtherThanTheSourceAnnouncedFailTheFeed() throws Exception {
        FeedIngest ingest = ingest(304);
        ingest.read(303);
        ingest.written(303);

        assertThatThrownBy(() -> CommitGate.check(ingest))
                .hasMessage("insolvency-service-by-location: read 303 rows but the source announced 304");
    }

    @Test
    void moreBadRowsThanTheDescriptorAllowsFailTheFeedNamingTheQuarantine() throws Exception {
        FeedIngest ingest = ingest(-1);
        ingest.read(100);
        ingest.written(90);
        for (int line = 2; line < 12; line++) {
            ingest.quarantine().add("page-00000.xlsx", line, "bad", "x");
        }

        assertThatThrownBy(() -> CommitGate.check(ingest))
                .hasMessageStartingWith(
                        "insolvency-service-by-location: 10 of 100 rows (10.0%) are bad, more than the ")
                .hasMessageEndingWith("quarantine/insolvency-service-by-location/" + RUN_ID + ".csv");
    }

    @Test
    void aFeedWithEveryRowPlacedPasses() throws Exception {
        FeedIngest ingest = ingest(-1);
        ingest.read(1400);
        ingest.written(660);

        assertThatCode(() -> CommitGate.check(ingest)).doesNotThrowAnyException();
    }
}
