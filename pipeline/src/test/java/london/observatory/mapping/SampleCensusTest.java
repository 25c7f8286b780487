package london.observatory.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.source.CsvFiles;
import london.observatory.source.CsvSourceTable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Census 2021 samples in data-samples/nomis: written by {@link SampleCensusGenerator}, one row per real
 * London LSOA 2021 with its real name, plus two rows outside London; TS001 carries the real usual residents.
 */
class SampleCensusTest {

    private static final List<String> OUTSIDE_LONDON = List.of("E01005001", "W01000001");

    private static Geography london;

    @BeforeAll
    static void load() {
        london = RealLondonData.realLondon();
    }

    @Test
    void committedSamplesAreWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        SampleCensusGenerator.writeTo(
                RealLondonData.file("geography/" + SampleCensusGenerator.LOOKUP).getParent(), dir);

        for (String table : SampleCensusGenerator.TABLES) {
            String name = SampleCensusGenerator.fileName(table);
            assertThat(Files.mismatch(dir.resolve(name), RepoFiles.dataSamples("nomis/" + name)))
                    .as(name)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void everyTableHasEveryRealLondonLsoaByNameThenTwoOutsideLondon() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Area lsoa : london.areas(AreaLevel.LSOA21)) {
            expected.add(lsoa.code() + "|" + lsoa.name());
        }
        for (String table : SampleCensusGenerator.TABLES) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (CSVRecord r : rows(table)) {
                rows.put(r.get("geography code"), r.get("geography code") + "|" + r.get("geography"));
            }
            assertThat(rows).as(table).hasSize(4_994 + 2);
            assertThat(rows.keySet()).as(table).endsWith(OUTSIDE_LONDON.toArray(String[]::new));
            assertThat(rows.values().stream().limit(4_994)).as(table).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void ts001HoldsTheRealUsualResidentsAndItsPartsAddUp() throws IOException {
        long london = 0;
        for (CSVRecord r : rows("ts001")) {
            int total = Integer.parseInt(r.get("Residence type: Total; measures: Value"));
            int household = Integer.parseInt(r.get("Residence type: Lives in a household; measures: Value"));
            int communal =
                    Integer.parseInt(r.get("Residence type: Lives in a communal establishment; measures: Value"));
            assertThat(household + communal).isEqualTo(total);
            assertThat(communal).isBetween(0, 60);
            String code = r.get("geography code");
            if (!OUTSIDE_LONDON.contains(code)) {
                assertThat(Long.valueOf(total))
                        .as(code)
                        .isEqualTo(
                                SampleCensusTest.london.area(code).orElseThrow().population());
                london += total;
            }
        }
        assertThat(london).isEqualTo(8_799_776L);
    }

    @Test
    void everyOtherTableAgreesWithTs001() throws IOException {
        Map<String, Integer> residents = new LinkedHashMap<>();
        for (CSVRecord r : rows("ts001")) {
            residents.put(r.get("geography code"), Integer.parseInt(r.get(3)));
        }
        for (String table : List.of("ts037", "ts038")) {
            for (CSVRecord r : rows(table)) {
                assertThat(Integer.parseInt(r.get(3)))
                        .as(table + " " + r.get(2))
                        .isEqualTo(residents.get(r.get(2)));
            }
        }
        for (CSVRecord r : rows("ts037")) {
            int parts = 0;
            for (int i = 4; i < r.size(); i++) {
                parts += Integer.parseInt(r.get(i));
            }
            assertThat(parts).as("ts037 " + r.get(2)).isEqualTo(Integer.parseInt(r.get(3)));
        }
    }

    @Test
    void eachFeedPlacesEveryLondonRowAndCountsTheTwoOthersOutsideLondon() throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String table : SampleCensusGenerator.TABLES) {
            FeedDescriptor feed = Descriptors.read("observatory/feeds/nomis-census-" + table + ".json");
            Path file = RepoFiles.dataSamples("nomis/" + SampleCensusGenerator.fileName(table));
            assertThat(feed.source().url()).isEqualTo("file:data-samples/nomis/" + file.getFileName());
            try (CsvSourceTable source = CsvSourceTable.open(file, "auto")) {
                MappedTable mapped = MappedTable.of(feed, london, Map.of(), source);
                assertThat(mapped.bad).as(table).isEmpty();
                Reconciliation r = mapped.reconciliation;
                figures.put(
                        table,
                        mapped.observations.size() + " written; " + r.recordsIn() + " in, " + r.recordsMatched()
                                + " matched, " + r.unmatched(Reconciliation.OUTSIDE_LONDON)
                                + " outside-london; value in "
                                + (long) r.valueIn() + ", placed " + (long) r.valueOut() + ", unmatched "
                                + (long) r.valueUnmatched());
            }
        }
        // Rates and percentages are not added up (value in 0); TS001's outside-London rows hold 1,702 + 1,488.
        assertThat(figures)
                .containsExactly(
                        Map.entry(
                                "ts001",
                                "4994 written; 4996 in, 4994 matched, 2 outside-london; "
                                        + "value in 8802966, placed 8799776, unmatched 3190"),
                        Map.entry(
                                "ts066",
                                "9988 written; 9992 in, 9988 matched, 4 outside-london; "
                                        + "value in 0, placed 0, unmatched 0"),
                        Map.entry(
                                "ts037",
                                "4994 written; 4996 in, 4994 matched, 2 outside-london; "
                                        + "value in 0, placed 0, unmatched 0"),
                        Map.entry(
                                "ts038",
                                "4994 written; 4996 in, 4994 matched, 2 outside-london; "
                                        + "value in 0, placed 0, unmatched 0"),
                        Map.entry(
                                "ts052",
                                "4994 written; 4996 in, 4994 matched, 2 outside-london; "
                                        + "value in 0, placed 0, unmatched 0"),
                        Map.entry(
                                "ts054",
                                "9988 written; 9992 in, 9988 matched, 4 outside-london; "
                                        + "value in 0, placed 0, unmatched 0"));
    }

    private static List<CSVRecord> rows(String table) throws IOException {
        Path file = RepoFiles.dataSamples("nomis/" + SampleCensusGenerator.fileName(table));
        try (CSVParser parser = CsvFiles.open(file, StandardCharsets.UTF_8)) {
            return parser.getRecords();
        }
    }
}
