package london.observatory.feeds.fingertips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import london.observatory.RepoFiles;
import london.observatory.feed.FeedCatalog;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.Reconciliation;
import london.observatory.mapping.MappedTable;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.observation.Observation;
import london.observatory.source.SourceRow;
import org.junit.jupiter.api.Test;

/** The offline samples in data-samples/fingertips (and the GP registrations they are spread with) read as documented. */
class FingertipsSampleTest {

    private final Geography geography = RepoFiles.sampleGeography();

    @Test
    void selfHarmSampleGivesTheThirtyThreeBoroughsOverTwoYearsByItsDescriptor() throws Exception {
        MappedTable mapped;
        try (FingertipsCsv csv = FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/21001-counties-uas.csv"))) {
            mapped = MappedTable.of(FeedCatalog.read("observatory/feeds/fingertips-self-harm-admissions.json"),
                    geography, Map.of(), csv);
        }

        assertThat(mapped.bad).isEmpty();
        assertThat(mapped.observations).hasSize(66);
        assertThat(mapped.observations.stream().map(Observation::areaCode).distinct()).hasSize(33);
        assertThat(mapped.observations).filteredOn(o -> o.value() == null).extracting(Observation::areaCode)
                .containsExactly("E09000001", "E09000001");
        assertThat(mapped.reconciliation.unmatched(SourceRowMapper.SET_ASIDE)).isEqualTo(4);  // England, London
        assertThat(mapped.reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isZero();
    }

    @Test
    void everySamplePracticeIsSpreadOverLondonLsoasByItsRegistrations() throws Exception {
        Crosswalk practices = GpPracticeCrosswalk.read(RepoFiles.dataSamples("gp/gp-reg-pat-prac-lsoa-all.csv"),
                geography);
        Map<String, Long> counts = new TreeMap<>();
        try (FingertipsCsv csv = FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/848-gp-practice.csv"))) {
            int type = csv.position(FingertipsColumn.AREA_TYPE);
            int period = csv.position(FingertipsColumn.TIME_PERIOD);
            int code = csv.position(FingertipsColumn.AREA_CODE);
            int count = csv.position(FingertipsColumn.COUNT);
            int category = csv.position(FingertipsColumn.CATEGORY_TYPE);
            for (SourceRow row = csv.next(); row != null; row = csv.next()) {
                if (row.cell(type).equals("GPs") && row.cell(period).equals("2022/23") && row.cell(category).isEmpty()) {
                    counts.put(row.cell(code), Long.parseLong(row.cell(count)));
                }
            }
        }

        Map<String, Long> byLsoa = practices.moveCounts(counts);

        assertThat(practices.size()).isEqualTo(12);
        assertThat(counts).hasSize(12);
        assertThat(byLsoa.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
        assertThat(byLsoa).containsKey(Crosswalk.OUTSIDE_SPINE);
    }
}
