package london.observatory.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator;
import london.observatory.ingest.FeedIngest;
import london.observatory.ingest.IngestWorker;
import london.observatory.ingest.SourceFormat;
import london.observatory.lineage.ReconciliationRecord;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample feeds on the default geography (real London), the postcode directory and the GP registrations
 * of the default settings, landed and ingested the way the nightly job does (one worker): the rows read,
 * written and quarantined and the reconciliation a default night publishes for each, so the figures the
 * job's tests and the README quote are worked out from the data here.
 */
class SampleFeedsOnRealLondonTest {

    private static final String RUN = "20240305T020000000Z";

    @TempDir
    static Path dataDir;

    private static Geography london;
    private static SourceFormats formats;

    @BeforeAll
    static void services() {
        london = RealLondonData.realLondon();
        Fetcher fetcher = Fetcher.standard(dataDir, Clock.systemUTC());
        formats = SourceFormats.standard(RealLondonServices.of(dataDir, fetcher, london));
    }

    /** What a night publishes for a feed: its runs row, its reconciliation rows, its quarantine and observations. */
    record Night(
            long read,
            long written,
            long quarantined,
            List<String> reconciliation,
            List<String> quarantine,
            List<Observation> observations) {}

    static Night run(String feedId) throws IOException {
        FeedDescriptor feed = Descriptors.read(FeedCatalog.FOLDER + feedId + ".json");
        String relative = feed.source().url().substring("file:".length());
        feed = feed.withUrl(RepoFiles.root().resolve(relative).toUri().toString());
        SourceFormat format = formats.of(feed);
        LandedFeed landed = format.lander().land(feed, Instant.parse("2024-03-05T02:00:00Z"));
        format.checkHeaders(feed, landed.pages());
        FeedIngest ingest = FeedIngest.open(feed, RUN, landed, dataDir, new ObservationStore(dataDir));
        List<Observation> observations = new ArrayList<>();
        try (IngestWorker<?> worker = format.worker(feed, ingest, landed.pages(), 1000)) {
            drain(worker, ingest, observations);
        }
        if (ingest.recordCounts() != null) {
            // what finish() writes for a record-level feed; taken here without touching the reconciliation
            observations.addAll(ingest.recordCounts()
                    .observations(
                            feed.indicators().get(0).id(),
                            "month",
                            RUN,
                            Reconciliation.withoutCodes(feed.nativeGeography())));
        }
        ingest.finish();
        List<String> reconciliation = ReconciliationRecord.of(RUN, feedId, ingest.reconciliation()).stream()
                .map(r -> String.join(
                        "|",
                        r.status(),
                        r.reason() == null ? "" : r.reason(),
                        String.valueOf(r.records()),
                        r.value() == null ? "null" : String.valueOf(r.value()),
                        r.topCodes() == null ? "" : r.topCodes()))
                .sorted()
                .toList();
        Path quarantine = ingest.quarantine().path();
        List<String> quarantined = Files.exists(quarantine)
                ? Files.readAllLines(quarantine)
                        .subList(1, Files.readAllLines(quarantine).size())
                : List.of();
        return new Night(
                ingest.rowsRead(),
                ingest.rowsWritten(),
                ingest.rowsQuarantined(),
                reconciliation,
                quarantined,
                observations);
    }

    private static <B> void drain(IngestWorker<B> worker, FeedIngest ingest, List<Observation> out) {
        for (B block = worker.next(); block != null; block = worker.next()) {
            List<Observation> mapped = worker.map(block);
            ingest.written(mapped.size());
            out.addAll(mapped);
        }
    }

    @Test
    void camdenHousingRegisterCountsSeventyFiveOfItsEightyRecordsOnEightLsoas() throws IOException {
        Night night = run("camden-housing-register");

        // 40 + 40 records; the impossible date quarantined; pseudo, unknown, outside-London and empty
        // postcodes unmatched; the terminated postcode still counts.
        assertThat(night.read()).isEqualTo(80);
        assertThat(night.quarantined()).isEqualTo(1);
        assertThat(night.written()).isEqualTo(16);
        assertThat(night.reconciliation())
                .containsExactly(
                        "matched|terminated-postcode|1|null|",
                        "matched||75|75.0|",
                        "placed||16|75.0|",
                        "unmatched|invalid|1|1.0|",
                        "unmatched|outside-london|1|1.0|",
                        "unmatched|pseudo-code|1|1.0|",
                        "unmatched|unknown-code|1|1.0|");
        assertThat(withoutRecordKeys(night.quarantine()))
                .containsExactly("page-00001.csv,12,\"date '31/02/2024' is in none of the formats [dd/MM/yyyy,"
                        + " yyyy-MM-dd]\",\"12,NW1 2MV,31/02/2024\"");
        assertThat(byMonth(night)).isEqualTo("2024-01-01=40 (8 LSOAs), 2024-02-01=35 (8 LSOAs)");
        assertThat(boroughs(night)).containsExactly(FictionalPostcodeDirectoryGenerator.CAMDEN);
    }

    @Test
    void hackneyTemporaryAccommodationCountsTwentyNineRecordsOverThreeMonths() throws IOException {
        Night night = run("hackney-temporary-accommodation");

        assertThat(night.read()).isEqualTo(30);
        assertThat(night.quarantined()).isEqualTo(1);
        assertThat(night.written()).isEqualTo(15);
        assertThat(night.reconciliation()).containsExactly("matched||29|29.0|", "placed||15|29.0|");
        assertThat(withoutRecordKeys(night.quarantine()))
                .containsExactly("page-00000.csv,8,\"date '2024-13-01T09:00:00' is in none of the formats"
                        + " [yyyy-MM-dd, dd/MM/yyyy]\",\"8,E8 3KV,2024-13-01T09:00:00\"");
        assertThat(byMonth(night))
                .isEqualTo("2024-01-01=10 (5 LSOAs), 2024-02-01=9 (6 LSOAs), 2024-03-01=10 (4 LSOAs)");
        assertThat(boroughs(night)).containsExactly(FictionalPostcodeDirectoryGenerator.HACKNEY);
    }

    @Test
    void southwarkCouncilTaxArrearsCountsTwentyNineRecords() throws IOException {
        Night night = run("southwark-council-tax-arrears");

        assertThat(night.read()).isEqualTo(30);
        assertThat(night.quarantined()).isEqualTo(1);
        assertThat(night.written()).isEqualTo(15);
        assertThat(night.reconciliation()).containsExactly("matched||29|29.0|", "placed||15|29.0|");
        assertThat(withoutRecordKeys(night.quarantine())).containsExactly("page-00000.csv,20,no date,\"20,SE1 7CV,\"");
        assertThat(byMonth(night)).isEqualTo("2024-01-01=15 (8 LSOAs), 2024-02-01=14 (7 LSOAs)");
        assertThat(boroughs(night)).containsExactly(FictionalPostcodeDirectoryGenerator.SOUTHWARK);
    }

    @Test
    void depressionPrevalenceGivesFiftySixLsoaEstimatesFromTwentyFourPracticeRows() throws IOException {
        Night night = run("fingertips-depression-prevalence-gp");

        // 12 practices × 2 years matched; England, London, 3 ICBs and the inequality row each year set aside.
        assertThat(night.read()).isEqualTo(36);
        assertThat(night.quarantined()).isZero();
        assertThat(night.written()).isEqualTo(56);
        assertThat(night.reconciliation())
                .containsExactly(
                        "matched||24|0.0|",
                        "placed||56|0.0|",
                        "unmatched|set-aside|12|0.0|E92000001 (4); E12000007 (2); E54000028 (2); E54000029 (2);"
                                + " E54000030 (2)");
        assertThat(night.observations().stream().map(Observation::areaCode).distinct())
                .hasSize(28);
        assertThat(night.observations())
                .filteredOn(o -> o.value() == null)
                .extracting(o -> o.periodStart() + " " + o.areaCode() + " " + o.flag())
                .containsExactlyInAnyOrder(
                        "2021-04-01 E01004198 suppressed",
                        "2021-04-01 E01004199 suppressed",
                        "2021-04-01 E01004201 suppressed",
                        "2021-04-01 E01035660 suppressed");
        assertThat(night.observations())
                .filteredOn(o -> o.value() != null)
                .hasSize(52)
                .allSatisfy(o -> assertThat(o.flag()).isEqualTo(Observation.FLAG_ESTIMATED));
        assertThat(boroughs(night))
                .containsExactly("E09000007", "E09000012", "E09000019", "E09000025", "E09000028", "E09000030");
    }

    /** Records per month and the LSOAs they fell in. */
    private static String byMonth(Night night) {
        Map<String, long[]> months = new TreeMap<>();
        for (Observation o : night.observations()) {
            long[] m = months.computeIfAbsent(o.periodStart().toString(), k -> new long[2]);
            m[0] += Math.round(o.value());
            m[1]++;
        }
        List<String> out = new ArrayList<>();
        months.forEach((month, m) -> out.add(month + "=" + m[0] + " (" + m[1] + " LSOAs)"));
        return String.join(", ", out);
    }

    private static TreeSet<String> boroughs(Night night) {
        TreeSet<String> boroughs = new TreeSet<>();
        night.observations()
                .forEach(o ->
                        boroughs.add(london.area(o.areaCode()).orElseThrow().ladCode()));
        return boroughs;
    }

    /** Quarantine lines with the landed record's key (its second field, a number 0-255) taken out of the raw row. */
    private static List<String> withoutRecordKeys(List<String> quarantine) {
        return quarantine.stream()
                .map(line -> line.replaceFirst(",\"(\\d+),\\d{1,3},", ",\"$1,"))
                .toList();
    }
}
