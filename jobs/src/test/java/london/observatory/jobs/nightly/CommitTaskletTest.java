package london.observatory.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FeedStateStore;
import london.observatory.geography.Reconciliation;
import london.observatory.source.Quarantine;
import london.observatory.parquet.ObservationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit step's last checks before a feed's staged data replace its published data. */
class CommitTaskletTest {

    private static final String RUN_ID = "20261122T024500000Z";

    @TempDir
    Path dataDir;

    private final FeedDescriptor feed = FeedCatalog.read("observatory/feeds/insolvency-service-by-location.json");
    private final RunLedger ledger = new RunLedger(Clock.fixed(Instant.parse("2026-11-22T02:45:00Z"), ZoneOffset.UTC));

    @Test
    void rowsReadWithoutASingleObservationFailTheFeedAndLeaveItsStateUnsaved() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        ledger.begin(RUN_ID, Instant.parse("2026-11-22T02:45:00Z"));
        FeedRun run = ledger.start(feed.id());
        run.reconciliation = new Reconciliation(feed.nativeGeography());
        run.quarantine = new Quarantine(dataDir, feed.id(), RUN_ID);
        run.staging = store.staging(feed.id(), RUN_ID);
        run.rowsRead.set(1400);
        FeedStateStore states = new FeedStateStore(dataDir);

        assertThatThrownBy(() -> new CommitTasklet(feed, store, states, ledger).execute(null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("insolvency-service-by-location: read 1400 rows but none gave an observation: each was "
                        + "set aside or matched no indicator (has the source's layout changed?)");
        assertThat(states.load(feed.id())).isEmpty();
        assertThat(run.outcome()).isEqualTo(FeedRun.Outcome.PENDING);
    }
}
