package london.observatory.feeds.fingertips;

import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.ENGLAND;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.INEQUALITY_BREAKDOWN;
import static london.observatory.feeds.fingertips.FingertipsSeries.SetAside.OTHER_AREA_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.RepoFiles;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.GpPracticeCrosswalk;
import org.junit.jupiter.api.Test;

/** The offline samples in data-samples/fingertips (and the GP registrations they are spread with) read as documented. */
class FingertipsSampleTest {

    private final List<String> bad = new ArrayList<>();
    private Map<FingertipsSeries.SetAside, Long> setAside;

    @Test
    void depressionSampleHasTwelvePracticesOverTwoYears() throws Exception {
        List<FingertipsRow> rows = read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs").withSex("Persons"));

        assertThat(rows).hasSize(24);
        assertThat(rows.stream().map(FingertipsRow::areaCode).distinct()).hasSize(12);
        assertThat(rows).filteredOn(FingertipsRow::suppressed).extracting(FingertipsRow::areaCode).containsExactly("F99008");
        assertThat(rows).extracting(row -> row.period().text()).containsOnly("2021/22", "2022/23");
        assertThat(setAside).isEqualTo(Map.of(ENGLAND, 2L, OTHER_AREA_TYPE, 8L, INEQUALITY_BREAKDOWN, 2L));
        assertThat(bad).isEmpty();
    }

    @Test
    void selfHarmSampleHasTheThirtyThreeBoroughsOverTwoYears() throws Exception {
        List<FingertipsRow> rows = read("21001-counties-uas.csv", FingertipsSelection.of("21001", "Counties & UAs"));

        assertThat(rows).hasSize(66);
        assertThat(rows.stream().map(FingertipsRow::areaCode).distinct().sorted().toList())
                .hasSize(33).startsWith("E09000001").endsWith("E09000033");
        assertThat(rows).filteredOn(FingertipsRow::suppressed).extracting(FingertipsRow::areaCode)
                .containsExactly("E09000001", "E09000001");
        assertThat(setAside).isEqualTo(Map.of(ENGLAND, 2L, OTHER_AREA_TYPE, 2L));
        assertThat(bad).isEmpty();
    }

    @Test
    void everySamplePracticeIsSpreadOverLondonLsoasByItsRegistrations() throws Exception {
        Crosswalk practices = GpPracticeCrosswalk.read(RepoFiles.dataSamples("gp/gp-reg-pat-prac-lsoa-all.csv"),
                RepoFiles.sampleGeography());
        Map<String, Long> counts = new TreeMap<>();
        for (FingertipsRow row : read("848-gp-practice.csv", FingertipsSelection.of("848", "GPs"))) {
            if (row.period().text().equals("2022/23")) {
                counts.put(row.areaCode(), row.count().longValue());
            }
        }

        Map<String, Long> byLsoa = practices.moveCounts(counts);

        assertThat(practices.size()).isEqualTo(12);
        assertThat(byLsoa.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
        assertThat(byLsoa).containsKey(Crosswalk.OUTSIDE_SPINE);
    }

    private List<FingertipsRow> read(String name, FingertipsSelection selection) throws Exception {
        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-sample", RepoFiles.dataSamples("fingertips/" + name))) {
            FingertipsSeries series = new FingertipsSeries(csv, selection, (file, line, reason, raw) -> bad.add(line + " " + reason));
            List<FingertipsRow> rows = new ArrayList<>();
            for (FingertipsRow row = series.next(); row != null; row = series.next()) {
                rows.add(row);
            }
            assertThat(series.rowsRead()).isEqualTo(series.headlineRows() + series.badRows()
                    + series.setAside().values().stream().mapToLong(Long::longValue).sum());
            setAside = series.setAside();
            return rows;
        }
    }
}
