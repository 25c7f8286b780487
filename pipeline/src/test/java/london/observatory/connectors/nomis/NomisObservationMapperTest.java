package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.observation.Observation;
import london.observatory.source.Quarantine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The made-up London's claimant-count recording (2 months x 152 LSOA 2011 codes) mapped onto its 154 LSOA 2021. */
class NomisObservationMapperTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);

    private static Geography geography;
    private static FeedDescriptor feed;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void load() {
        geography = RepoFiles.madeUpGeography();
        feed = Descriptors.read("observatory/feeds/nomis-claimant-count.json");
    }

    @Test
    void everyLsoa2021GetsOneValuePerMonthAndCountsAreConserved() {
        List<Observation> out = mapSample();

        assertThat(out).hasSize(2 * 154);
        assertThat(out.stream().map(o -> o.areaCode() + o.periodStart()).distinct())
                .hasSize(308);
        // September: every published count arrives. October: the merge E01980013 (Q) + E01980014 (120)
        // is withheld as a whole, so the 120 published for E01980014 cannot be placed.
        assertThat(sum(out, SEPTEMBER)).isEqualTo(9500.0);
        assertThat(sum(out, OCTOBER)).isEqualTo(9200.0 - 120.0);
    }

    @Test
    void aSplitIsApportionedByPopulationInWholeNumbersThatAddUp() {
        Map<String, Observation> september = byArea(mapSample(), SEPTEMBER);

        // E01980002 (110 in September) splits into three Islington LSOAs.
        List<Observation> parts =
                List.of(september.get("E01990085"), september.get("E01990086"), september.get("E01990087"));
        assertThat(parts).allSatisfy(o -> {
            assertThat(o.flag()).isEqualTo(Observation.FLAG_APPORTIONED);
            assertThat(o.method()).isEqualTo("lsoa11-split");
            assertThat(o.sourceAreaCode()).isEqualTo("E01980002");
            assertThat(o.value() % 1).isZero();
        });
        assertThat(parts.stream().mapToDouble(Observation::value).sum()).isEqualTo(110.0);
    }

    @Test
    void aMergeSumsItsParentsAndAQRowIsNullNeverZero() {
        Map<String, Observation> september = byArea(mapSample(), SEPTEMBER);
        Map<String, Observation> october = byArea(mapSample(), OCTOBER);

        Observation westminster = september.get("E01990151");
        assertThat(westminster.value()).isEqualTo(30.0 + 80.0);
        assertThat(westminster.method()).isEqualTo("lsoa11-merge");
        assertThat(westminster.sourceAreaCode()).isEqualTo("E01980011;E01980012");

        Observation missing = september.get("E01990001");
        assertThat(missing.value()).isNull();
        assertThat(missing.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
        assertThat(missing.statusMarker()).isEqualTo("Q");

        Observation withheldMerge = october.get("E01990130");
        assertThat(withheldMerge.value()).isNull();
        assertThat(withheldMerge.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
    }

    @Test
    void anLsoa2021RowIsPlacedAsIsAndALondonLsoa2011CodeGivenAs2021IsCountedUnknown() throws IOException {
        Mapped mapped = mapPage(
                "DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS,RECORD_OFFSET,RECORD_COUNT",
                "2025-09,E01990032,151,35,A,0,3",
                "2025-09,E01990033,151,,Q,1,3",
                "2025-09,E01980001,151,10,A,2,3");
        List<Observation> out = mapped.out();
        Quarantine quarantine = mapped.quarantine();
        Reconciliation reconciliation = mapped.reconciliation();

        assertThat(out)
                .extracting(o ->
                        o.areaCode() + "|" + o.value() + "|" + o.flag() + "|" + o.method() + "|" + o.sourceGeography())
                .containsExactly("E01990032|35.0|null|direct|lsoa21", "E01990033|null|suppressed|direct|lsoa21");
        // E01980001 is a London LSOA 2011 code (split in 2021): as a 2021 code it does not exist, which the
        // shared rule counts as unknown-code, saying what the code is, rather than quarantining the row.
        assertThat(quarantine.count()).isZero();
        assertThat(reconciliation.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(1);
        assertThat(reconciliation.hints(Reconciliation.UNKNOWN_CODE))
                .containsExactly("E01980001 is a London LSOA 2011 code, not lsoa21");
    }

    @Test
    void nonLondonLsoasAreCountedOutsideLondonNotQuarantined() throws IOException {
        // Neither the LSOA 2011 exact fit nor the spine has them: by the shared rule they are outside London.
        Mapped mapped = mapPage(
                "DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS",
                "2025-09,E01012345,298,15,A",
                "2025-09,E01999999,298,5,A",
                "2025-09,W01000001,151,20,A",
                "2025-09,E01990001,298,10,A");
        List<Observation> out = mapped.out();
        Quarantine quarantine = mapped.quarantine();
        Reconciliation reconciliation = mapped.reconciliation();

        assertThat(out).extracting(Observation::areaCode).containsExactly("E01990001");
        assertThat(quarantine.count()).isZero();
        assertThat(reconciliation.recordsIn()).isEqualTo(4);
        assertThat(reconciliation.recordsMatched()).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(3);
        assertThat(reconciliation.valueUnmatched()).isEqualTo(40.0);
    }

    @Test
    void badRowsAreQuarantinedWithTheirLineAndReason() throws IOException {
        Mapped mapped = mapPage(
                "DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS,RECORD_OFFSET,RECORD_COUNT",
                "2025-09,E01990001,298,5,A,0,6",
                "2025-9,E01990002,298,5,A,1,6",
                "2025-09,E01999999,298,5,A,2,6",
                "2025-09,E01990004,298,five,A,3,6",
                "2025-09,E01990005,150,5,A,4,6",
                "2025-09,E01990006,298,5,A,5");
        List<Observation> out = mapped.out();
        Quarantine quarantine = mapped.quarantine();
        Reconciliation reconciliation = mapped.reconciliation();

        assertThat(out).hasSize(1);
        // E01999999 is well formed and unknown to London's lookups: outside London, counted, not a bad row
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
        assertThat(Files.readAllLines(quarantine.path()))
                .containsExactly(
                        "file,line,reason,raw",
                        "offset-0.csv,3,date '2025-9' is not a Nomis month or year,\"2025-9,E01990002,298,5,A,1,6\"",
                        "offset-0.csv,5,OBS_VALUE is not a number: 'five',\"2025-09,E01990004,298,five,A,3,6\"",
                        "offset-0.csv,6,\"GEOGRAPHY_TYPECODE 150 is not one the observatory places "
                                + "[151, 152, 154, 298, 464, 480, 499]\",\"2025-09,E01990005,150,5,A,4,6\"",
                        "offset-0.csv,7,\"expected 7 fields, found 6\",\"2025-09,E01990006,298,5,A,5\"");
    }

    /** What mapping one page gave: the observations, its (closed) quarantine and its reconciliation. */
    private record Mapped(List<Observation> out, Quarantine quarantine, Reconciliation reconciliation) {}

    /** Maps one Nomis page made of {@code lines} (header first), as the feed's worker would. */
    private Mapped mapPage(String... lines) throws IOException {
        Path page = Files.writeString(dataDir.resolve("offset-0.csv"), String.join("\n", lines) + "\n");
        Mapped mapped =
                new Mapped(new ArrayList<>(), new Quarantine(dataDir, feed.id(), "run1"), new Reconciliation("lsoa11"));
        map(List.of(page), mapped.quarantine(), mapped.reconciliation(), mapped.out());
        mapped.quarantine().close();
        return mapped;
    }

    private List<Observation> mapSample() {
        Path dir = RepoFiles.madeUpLondon("claimant-count");
        List<Observation> out = new ArrayList<>();
        Quarantine quarantine = new Quarantine(dataDir, feed.id(), "sample");
        map(List.of(dir.resolve("offset-0.csv"), dir.resolve("offset-200.csv")), quarantine, out);
        assertThat(quarantine.count()).isZero();
        return out;
    }

    private static void map(List<Path> pages, Quarantine quarantine, List<Observation> out) {
        map(pages, quarantine, new Reconciliation("lsoa11"), out);
    }

    static void map(
            FeedDescriptor feed,
            Geography geography,
            List<Path> pages,
            Quarantine quarantine,
            Reconciliation reconciliation,
            List<Observation> out) {
        FanInAccumulator fanIn = new FanInAccumulator();
        NomisObservationMapper mapper = new NomisObservationMapper(feed, geography, fanIn, reconciliation, "run1");
        NomisBlockReader.Columns columns = (file, header) -> NomisColumns.positions(feed.id(), file, header);
        try (NomisBlockReader reader = new NomisBlockReader(feed.id(), pages, columns, 50)) {
            for (NomisBlock block = reader.next(); block != null; block = reader.next()) {
                out.addAll(mapper.map(block, quarantine));
            }
        }
        out.addAll(fanIn.drainIncomplete());
    }

    private static void map(
            List<Path> pages, Quarantine quarantine, Reconciliation reconciliation, List<Observation> out) {
        map(feed, geography, pages, quarantine, reconciliation, out);
    }

    private static double sum(List<Observation> out, LocalDate period) {
        return out.stream()
                .filter(o -> o.periodStart().equals(period) && o.value() != null)
                .mapToDouble(Observation::value)
                .sum();
    }

    private static Map<String, Observation> byArea(List<Observation> out, LocalDate period) {
        return out.stream()
                .filter(o -> o.periodStart().equals(period))
                .collect(Collectors.toMap(Observation::areaCode, o -> o));
    }
}
