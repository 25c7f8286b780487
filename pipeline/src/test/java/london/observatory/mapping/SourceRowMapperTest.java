package london.observatory.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.ValuePlacer;
import london.observatory.observation.Observation;
import london.observatory.source.CsvSourceTable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptor-driven mapping of source tables onto the real London spine: exact counts for known defects. */
class SourceRowMapperTest {

    private static Geography geography;

    @TempDir
    Path dir;

    private final List<String> bad = new ArrayList<>();
    private Reconciliation reconciliation;

    @BeforeAll
    static void spine() {
        geography = RealLondonData.realLondon();
    }

    @Test
    void aNationalCensusFileKeepsLondonAndCountsTheRestAsOutsideLondon() throws IOException {
        FeedDescriptor feed = Descriptors.read("observatory/feeds/nomis-census-ts052.json");

        List<Observation> out = map(feed, RepoFiles.dataSamples("nomis/census2021-ts052-lsoa.csv"));

        assertThat(out).hasSize(4_994);
        assertThat(bad).isEmpty();
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(2);
        Observation first = out.get(0);
        // City of London 001A: 615 households, 86 at -1 and 61 at -2 or less
        assertThat(first.areaCode()).isEqualTo("E01000001");
        assertThat(first.numerator()).isEqualTo(86.0 + 61.0);
        assertThat(first.denominator()).isEqualTo(615.0);
        assertThat(first.value()).isEqualTo((86.0 + 61.0) / 615.0 * 100);
        assertThat(first.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(first.periodType()).isEqualTo("census");
        assertThat(first.method()).isEqualTo("direct");
    }

    @Test
    void rowsTheMappingExcludesAreSetAsideAndAWithheldValueKeepsItsNote() throws IOException {
        Path file = csv(
                "Area Code,Area Type,Category Type,Time period,Value,Count,Denominator,Value note",
                "E92000001,England,,2022/23,163.9,93214,56536419,",
                "E09000007,Counties & UAs (from Apr 2023),,2022/23,98.5,201,204061,",
                "E09000007,Counties & UAs (from Apr 2023),Deprivation deciles,2022/23,120.0,12,10000,",
                "E09000001,Counties & UAs (from Apr 2023),,2022/23,,,,Value suppressed for disclosure control due to small count",
                "E09000002,Counties & UAs (from Apr 2023),,2020 - 22,88.0,150,170000,");
        FeedDescriptor feed = descriptor("rate", false, """
                {"area": {"column": "Area Code", "levelColumn": "Area Type", "levels": {"Counties & UAs (from Apr 2023)": "lad"}},
                 "period": {"column": "Time period", "format": "fingertips"},
                 "keep": {"Category Type": [""]},
                 "indicators": {"x": {"value": "Value", "numerator": ["Count"], "denominator": "Denominator", "note": "Value note"}}}""");

        List<Observation> out = map(feed, file);

        assertThat(bad).isEmpty();
        assertThat(reconciliation.unmatched(SourceRowMapper.SET_ASIDE)).isEqualTo(2);
        assertThat(out)
                .extracting(
                        Observation::areaCode,
                        Observation::areaLevel,
                        Observation::value,
                        Observation::flag,
                        Observation::periodType)
                .containsExactly(
                        Tuple.tuple("E09000007", "lad", 98.5, null, "financial-year"),
                        Tuple.tuple("E09000001", "lad", null, "suppressed", "financial-year"),
                        Tuple.tuple("E09000002", "lad", 88.0, null, "3-year"));
        assertThat(out.get(1).statusMarker()).startsWith("Value suppressed");
    }

    @Test
    void aBadCellFailsTheWholeRowSoNoIndicatorOfItIsPlaced() throws IOException {
        Path file = csv(
                "code,year,a,b",
                "E09000007,2023,5,7",
                "E09000002,2023,6,lots",
                "E0900000X,2023,1,1",
                "E09000003,20x3,1,1");
        FeedDescriptor feed = descriptor("count", false, """
                {"area": {"column": "code", "level": "lad"}, "period": {"column": "year", "format": "yyyy"},
                 "indicators": {"x": {"value": "a"}, "y": {"value": "b"}}}""");

        List<Observation> out = map(feed, file);

        assertThat(out).extracting(Observation::areaCode).containsExactly("E09000007", "E09000007");
        assertThat(bad)
                .containsExactly(
                        "3: y: not a number in row E09000002,2023,6,lots",
                        "4: 'E0900000X' is not a lad code",
                        "5: period \"20x3\" is not in the format yyyy");
    }

    /** A hand-edited copy of a Nomis monthly download: the month column is written two ways in one file. */
    @Test
    void aMonthColumnWrittenTwoWaysInOneFileReadsByItsFormats() throws IOException {
        Path file = csv(
                "DATE_NAME,GEOGRAPHY_CODE,OBS_VALUE",
                "Jan-16,E09000007,120",
                "December 2017,E09000007,130",
                "Feb-16,E09000002,140",
                "January 2018,E09000002,150",
                "Foo 2017,E09000003,160",
                "2017-12,E09000003,170");
        FeedDescriptor feed = descriptor("count", false, """
                {"area": {"column": "GEOGRAPHY_CODE", "level": "lad"},
                 "period": {"column": "DATE_NAME", "formats": ["MMM-yy", "MMMM yyyy"]},
                 "indicators": {"x": {"value": "OBS_VALUE"}}}""");

        List<Observation> out = map(feed, file);

        assertThat(out)
                .extracting(Observation::areaCode, Observation::periodStart, Observation::periodType)
                .containsExactly(
                        Tuple.tuple("E09000007", LocalDate.of(2016, 1, 1), "month"),
                        Tuple.tuple("E09000007", LocalDate.of(2017, 12, 1), "month"),
                        Tuple.tuple("E09000002", LocalDate.of(2016, 2, 1), "month"),
                        Tuple.tuple("E09000002", LocalDate.of(2018, 1, 1), "month"));
        assertThat(bad)
                .containsExactly(
                        "6: period \"Foo 2017\" matches none of MMM-yy, MMMM yyyy",
                        "7: period \"2017-12\" matches none of MMM-yy, MMMM yyyy");
    }

    @Test
    void aRowCutShortIsBadEvenWhereItsMissingCellsCouldPassForBlanks() throws IOException {
        Path file = Files.writeString(dir.resolve("source.csv"), "code,year,a,b\nE09000007,2023,5,7\nE09000002,2023,6");
        FeedDescriptor feed = descriptor("count", false, """
                {"area": {"column": "code", "level": "lad"}, "period": {"column": "year", "format": "yyyy"},
                 "indicators": {"x": {"value": "a"}, "y": {"value": "b"}}}""");

        List<Observation> out = map(feed, file);

        assertThat(out).extracting(Observation::areaCode).containsExactly("E09000007", "E09000007");
        assertThat(bad).containsExactly("3: cut short: 3 of the header's 4 fields");
    }

    @Test
    void aBoroughCountIsSharedDownToItsLsoasOnlyWhenTheDescriptorSaysSo() throws IOException {
        Path file = csv("code,year,n", "E09000007,2023,1001");
        String mapping = """
                {"area": {"column": "code", "level": "lad"}, "period": {"column": "year", "format": "yyyy"},
                 "indicators": {"x": {"value": "n"}}}""";

        List<Observation> kept = map(descriptor("count", false, mapping), file);
        List<Observation> shared = map(descriptor("count", true, mapping), file);
        List<Observation> rate = map(descriptor("rate", true, mapping), file);

        assertThat(kept)
                .singleElement()
                .extracting(Observation::areaLevel, Observation::value)
                .containsExactly("lad", 1001.0);
        long camdenLsoas = geography.areas(AreaLevel.LSOA21).stream()
                .filter(a -> a.ladCode().equals("E09000007"))
                .count();
        assertThat(shared).hasSize((int) camdenLsoas).allSatisfy(o -> {
            assertThat(o.areaLevel()).isEqualTo("lsoa21");
            assertThat(o.flag()).isEqualTo(Observation.FLAG_APPORTIONED);
            assertThat(o.value()).isEqualTo(Math.rint(o.value()));
        });
        assertThat(shared.stream().mapToDouble(Observation::value).sum()).isEqualTo(1001.0);
        assertThat(rate).singleElement().extracting(Observation::areaLevel).isEqualTo("lad"); // a rate is never shared
    }

    private List<Observation> map(FeedDescriptor feed, Path file) throws IOException {
        try (CsvSourceTable table = CsvSourceTable.open(file, "auto")) {
            MappedTable mapped = MappedTable.of(feed, geography, Map.of(ValuePlacer.LSOA11, geography.lsoa11()), table);
            reconciliation = mapped.reconciliation;
            bad.addAll(mapped.bad);
            return mapped.observations;
        }
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("source.csv"), String.join("\n", lines) + "\n");
    }

    private static FeedDescriptor descriptor(String measureType, boolean apportionDown, String mapping) {
        return Descriptors.parse("""
                {"id": "test", "title": "t", "format": "csv", "source": {"url": "file:x"}, "maxBadRowShare": 0.5,
                 "nativeGeography": "lad", "apportionDown": %s,
                 "indicators": [{"id": "x", "theme": "debt", "measureType": "%s", "scale": 1000},
                                {"id": "y", "theme": "debt", "measureType": "%s"}],
                 "mapping": %s}""".formatted(apportionDown, measureType, measureType, mapping));
    }
}
