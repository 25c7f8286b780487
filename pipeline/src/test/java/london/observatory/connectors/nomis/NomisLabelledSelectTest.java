package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FetchOutcome;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.HttpGetter;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.RetryPolicy;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import london.observatory.observation.Observation;
import london.observatory.source.Quarantine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nomis responses whose {@code select} asked for labels: {@code DATE_NAME} instead of {@code DATE},
 * {@code OBS_STATUS_NAME} instead of {@code OBS_STATUS}, no {@code GEOGRAPHY_TYPECODE} and no
 * {@code RECORD_COUNT}; borough codes, kept at their own level.
 */
class NomisLabelledSelectTest {

    private static final LocalDate JANUARY_2018 = LocalDate.of(2018, 1, 1);

    private static Geography geography;
    private static FeedDescriptor feed;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void load() {
        geography = RepoFiles.madeUpGeography();
        feed = Descriptors.read("fixtures/nomis/nomis-jsa-borough.json");
    }

    @Test
    void theRealBoroughResponseIsLandedAsOneWholePageAndReadWithExactCounts() throws Exception {
        Path file = fixture("labelled-select/nomis_api_jsa_claimants_borough_jan2018.csv");
        LandedFeed landed = land(feed.withUrl("file:" + file));

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.pages()).hasSize(1);
        assertThat(landed.expectedRows()).isEqualTo(2);
        NomisColumns.checkAll(feed.id(), landed.pages());

        Reconciliation reconciliation = new Reconciliation("lad");
        Quarantine quarantine = new Quarantine(dataDir, feed.id(), "run1");
        List<Observation> out = new ArrayList<>();
        NomisObservationMapperTest.map(feed, geography, landed.pages(), quarantine, reconciliation, out);
        quarantine.close();

        assertThat(out)
                .extracting(o -> o.areaCode() + "|" + o.areaLevel() + "|" + o.periodStart() + "|" + o.periodType() + "|"
                        + o.value() + "|" + o.flag() + "|" + o.method())
                .containsExactly(
                        "E09000001|lad|2018-01-01|month|25.0|null|direct",
                        "E09000002|lad|2018-01-01|month|2355.0|null|direct");
        assertThat(quarantine.count()).isZero();
        assertThat(reconciliation.recordsIn()).isEqualTo(2);
        assertThat(reconciliation.recordsMatched()).isEqualTo(2);
        assertThat(reconciliation.valueIn()).isEqualTo(2380.0);
        assertThat(reconciliation.valueOut()).isEqualTo(2380.0);
    }

    @Test
    void aggregatesAreSetAsideOtherRegionsCountedOutsideLondonAndAMissingFigureWithheld() throws Exception {
        List<Path> pages = List.of(
                fixture("labelled-pages/offset-0.csv"),
                fixture("labelled-pages/offset-3.csv"),
                fixture("labelled-pages/offset-6.csv"));
        Reconciliation reconciliation = new Reconciliation("lad");
        Quarantine quarantine = new Quarantine(dataDir, feed.id(), "run1");
        List<Observation> out = new ArrayList<>();

        NomisObservationMapperTest.map(feed, geography, pages, quarantine, reconciliation, out);
        quarantine.close();

        assertThat(out)
                .extracting(o -> o.areaCode() + "|" + o.value() + "|" + o.flag() + "|" + o.statusMarker())
                .containsExactly(
                        "E09000007|1390.0|null|null",
                        "E09000019|1655.0|null|null",
                        "E09000033|null|suppressed|These figures are missing.");
        assertThat(quarantine.count()).isZero();
        assertThat(reconciliation.recordsIn()).isEqualTo(7);
        assertThat(reconciliation.recordsMatched()).isEqualTo(3);
        assertThat(reconciliation.unmatched(Reconciliation.SET_ASIDE)).isEqualTo(3);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
        assertThat(reconciliation.lines())
                .filteredOn(line -> "unmatched".equals(line.status()))
                .extracting(line -> line.reason() + " " + line.topCodes())
                .containsExactly(
                        "outside-london [E08000025 (1)]", "set-aside [E12000007 (1), E92000001 (1), K02000001 (1)]");
    }

    private LandedFeed land(FeedDescriptor feed) {
        Fetcher fetcher = new Fetcher(
                dataDir,
                new HttpGetter(Duration.ofSeconds(2), Duration.ofSeconds(5), java.time.Clock.systemUTC()),
                new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)),
                duration -> {});
        return new NomisPager(fetcher).land(feed, java.time.Instant.parse("2026-11-22T02:45:00Z"));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(NomisLabelledSelectTest.class
                .getResource("/fixtures/nomis/" + name)
                .toURI());
    }
}
