package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real London lookups from data-samples/london and checks the published counts. */
class RealLondonGeographyTest {

    private static final String EXACT_FIT = RealLondonData.EXACT_FIT;

    private static Geography geography;

    @BeforeAll
    static void load() {
        geography = RealLondonData.realLondon();
    }

    @Test
    void countsEveryLevelOfTheSpine() {
        assertThat(geography.count(AreaLevel.LSOA21)).isEqualTo(4_994);
        assertThat(geography.count(AreaLevel.MSOA21)).isEqualTo(1_002);
        assertThat(geography.count(AreaLevel.WARD)).isEqualTo(684);
        assertThat(geography.count(AreaLevel.LAD)).isEqualTo(33);
        assertThat(geography.count(AreaLevel.REGION)).isEqualTo(1);
        assertThat(geography.areas()).hasSize(4_994 + 1_002 + 684 + 33 + 1);
    }

    @Test
    void boroughsAreExactlyE09000001To33() {
        assertThat(geography.areas(AreaLevel.LAD))
                .extracting(Area::code)
                .containsExactly(IntStream.rangeClosed(1, 33)
                        .mapToObj(i -> String.format("E090000%02d", i))
                        .toArray(String[]::new));
        assertThat(geography.area("E09000007")).get().extracting(Area::name).isEqualTo("Camden");
    }

    @Test
    void populationSumsUpTheHierarchy() {
        long lsoaSum = geography.areas(AreaLevel.LSOA21).stream()
                .mapToLong(Area::population)
                .sum();
        assertThat(lsoaSum).isEqualTo(8_799_776L);
        assertThat(geography.area("E12000007"))
                .get()
                .extracting(Area::population)
                .isEqualTo(8_799_776L);
        for (AreaLevel level : new AreaLevel[] {AreaLevel.MSOA21, AreaLevel.WARD, AreaLevel.LAD}) {
            assertThat(geography.areas(level).stream()
                            .mapToLong(Area::population)
                            .sum())
                    .as(level.code())
                    .isEqualTo(8_799_776L);
        }
    }

    @Test
    void lsoaKnowsAllItsParents() {
        Area lsoa = geography.area("E01000001").orElseThrow();
        assertThat(lsoa)
                .isEqualTo(new Area(
                        "E01000001",
                        "City of London 001A",
                        AreaLevel.LSOA21,
                        "E02000001",
                        "E05009288",
                        "E09000001",
                        "E12000007",
                        1_475L,
                        null));
        assertThat(geography.isLsoa21("E01000001")).isTrue();
        assertThat(geography.isLsoa21("E02000001")).isFalse();
        assertThat(geography.area("E05009288")).get().extracting(Area::ladCode).isEqualTo("E09000001");
    }

    @Test
    void theGlaBestFitsLowerCaseHeaderGivesTheMay2022Wards() {
        assertThat(geography.wardVintages()).containsExactly(2022);
        assertThat(geography.area("E05009288")).get().extracting(Area::name).isEqualTo("Aldersgate");
        assertThat(geography.wardBestFit(2022)).hasSize(4_994).containsEntry("E01000001", "E05009288");
    }

    /**
     * GLA's MSOA 2021 → LAD 2023 lookup starts with a UTF-8 BOM; read as the spine's files are, its first
     * column is still {@code MSOA21CD}, and it agrees with the MSOAs the LSOA 2021 lookup gives.
     */
    @Test
    void theMsoaLookupWithItsBomAgreesWithTheSpine() {
        Map<String, String> fromFile = new HashMap<>();
        try (CsvTable table = CsvTable.open(RealLondonData.geography("london_msoa21_lad23_lookup.csv"))) {
            assertThat(table.columnName(0)).isEqualTo("MSOA21CD");
            int code = table.require(ColumnName.exact("MSOA21CD"));
            int name = table.require(ColumnName.exact("MSOA21NM"));
            int lad = table.require(ColumnName.vintaged("CD", "LAD"));
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                fromFile.put(row.get(code), row.get(name) + "|" + row.get(lad));
            }
        }
        Map<String, String> onSpine = new HashMap<>();
        for (Area msoa : geography.areas(AreaLevel.MSOA21)) {
            onSpine.put(msoa.code(), msoa.name() + "|" + msoa.ladCode());
        }
        assertThat(fromFile).hasSize(1_002).isEqualTo(onSpine);
    }

    @Test
    void changeIndicatorRowCountsMatchTheLookup() {
        Lsoa11ToLsoa21 mapping = geography.lsoa11ToLsoa21();
        assertThat(mapping.rowCount('U')).isEqualTo(4_659);
        assertThat(mapping.rowCount('S')).isEqualTo(313);
        assertThat(mapping.rowCount('M')).isEqualTo(44);
        assertThat(mapping.rowCount('X')).isZero();
        assertThat(mapping.crosswalk().size()).isEqualTo(4_835);
        assertThat(mapping.crosswalk().equalShareFallbacks()).isZero();
    }

    @Test
    void movingCensus2011CountsConservesTheLondonTotal() {
        Map<String, Long> byLsoa11 = census2011ByLsoa11();
        assertThat(byLsoa11).hasSize(4_835);
        assertThat(byLsoa11.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8_173_941L);

        Map<String, Long> byLsoa21 = geography.lsoa11().moveCounts(byLsoa11);

        assertThat(byLsoa21).hasSize(4_994);
        assertThat(byLsoa21.keySet()).allMatch(geography::isLsoa21);
        assertThat(byLsoa21.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8_173_941L);
    }

    /** TotalRes11 repeats the whole LSOA11 count on each split row, so it is taken once per LSOA11. */
    private static Map<String, Long> census2011ByLsoa11() {
        Map<String, Long> counts = new HashMap<>();
        try (CsvTable table = CsvTable.open(RealLondonData.geography(EXACT_FIT))) {
            int code = table.require(ColumnName.exact("LSOA11CD"));
            int total = table.require(ColumnName.exact("TotalRes11"));
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                Long earlier = counts.putIfAbsent(row.get(code), Long.parseLong(row.get(total)));
                assertThat(earlier == null || earlier == Long.parseLong(row.get(total)))
                        .isTrue();
            }
        }
        return counts;
    }
}
