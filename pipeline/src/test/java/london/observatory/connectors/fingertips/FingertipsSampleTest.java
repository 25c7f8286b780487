package london.observatory.connectors.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.SpineLink;
import london.observatory.mapping.MappedTable;
import london.observatory.mapping.SourceRowMapper;
import london.observatory.observation.Observation;
import london.observatory.source.SourceRow;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The offline samples in data-samples/fingertips (and the GP registrations they are spread with) read as
 * documented, on real London: the geography the default run uses.
 */
class FingertipsSampleTest {

    private static final Geography geography = RealLondonData.realLondon();

    @Test
    void selfHarmSampleGivesTheThirtyThreeBoroughsOverTwoYearsByItsDescriptor() throws Exception {
        MappedTable mapped;
        try (FingertipsCsv csv =
                FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/21001-counties-uas.csv"))) {
            mapped = MappedTable.of(
                    Descriptors.read("observatory/feeds/fingertips-self-harm-admissions.json"),
                    geography,
                    Map.of(),
                    csv);
        }

        assertThat(mapped.bad).isEmpty();
        assertThat(mapped.observations).hasSize(66);
        assertThat(mapped.observations.stream().map(Observation::areaCode).distinct())
                .hasSize(33);
        assertThat(mapped.observations)
                .filteredOn(o -> o.value() == null)
                .extracting(Observation::areaCode)
                .containsExactly("E09000001", "E09000001");
        assertThat(mapped.reconciliation.unmatched(SourceRowMapper.SET_ASIDE)).isEqualTo(4); // England, London
        assertThat(mapped.reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON))
                .isZero();
    }

    @Test
    void depressionSampleIsEstimatedForTheLsoasOfItsPracticesByItsDescriptor() throws Exception {
        Crosswalk practices =
                GpPracticeCrosswalk.read(RepoFiles.dataSamples("gp/gp-reg-pat-prac-lsoa-all.csv"), geography);
        MappedTable mapped;
        try (FingertipsCsv csv =
                FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/848-gp-practice.csv"))) {
            mapped = MappedTable.of(
                    Descriptors.read("observatory/feeds/fingertips-depression-prevalence-gp.json"),
                    geography,
                    Map.of(GpPracticeCrosswalk.SOURCE_GEOGRAPHY, practices),
                    csv);
        }

        assertThat(mapped.bad).isEmpty();
        // England, London, 3 ICBs and the inequality row, each year
        assertThat(mapped.reconciliation.unmatched(SourceRowMapper.SET_ASIDE)).isEqualTo(12);
        assertThat(mapped.reconciliation.recordsMatched()).isEqualTo(24);
        // 28 LSOAs (5 in each of Camden, Islington, Newham, Southwark; 4 in Hackney, Tower Hamlets) × 2 years
        assertThat(mapped.observations).hasSize(56);
        assertThat(mapped.observations.stream().map(Observation::areaCode).distinct())
                .hasSize(28);
        // F99008 (Tower Hamlets B) was withheld in 2021/22: the four Tower Hamlets LSOAs it shares with F99007 are too
        assertThat(mapped.observations)
                .filteredOn(o -> o.value() == null)
                .extracting(Observation::areaCode, Observation::flag)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("E01004198", Observation.FLAG_SUPPRESSED),
                        Tuple.tuple("E01004199", Observation.FLAG_SUPPRESSED),
                        Tuple.tuple("E01004201", Observation.FLAG_SUPPRESSED),
                        Tuple.tuple("E01035660", Observation.FLAG_SUPPRESSED));
        assertThat(mapped.observations)
                .filteredOn(o -> o.value() != null)
                .hasSize(52)
                .allSatisfy(o -> {
                    assertThat(o.value()).isEqualTo(o.numerator() / o.denominator() * 100);
                    assertThat(o.flag()).isEqualTo(Observation.FLAG_ESTIMATED);
                    assertThat(o.method()).isEqualTo("gp-weighted");
                });
        // 2022/23, nothing withheld: the registers placed are the practices' registers less the share of
        // their patients who live outside London.
        assertThat(mapped.observations.stream()
                        .filter(o -> o.periodStart().getYear() == 2022)
                        .mapToDouble(Observation::numerator)
                        .sum())
                .isCloseTo(registersLivingInLondon(practices, "2022/23"), within(1e-6));
    }

    /** Σ over the sample's practices of their register × the share of their patients living on the spine. */
    private static double registersLivingInLondon(Crosswalk practices, String period) throws Exception {
        double sum = 0;
        try (FingertipsCsv csv =
                FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/848-gp-practice.csv"))) {
            int type = csv.position(FingertipsColumn.AREA_TYPE);
            int when = csv.position(FingertipsColumn.TIME_PERIOD);
            int code = csv.position(FingertipsColumn.AREA_CODE);
            int count = csv.position(FingertipsColumn.COUNT);
            for (SourceRow row = csv.next(); row != null; row = csv.next()) {
                if (row.cell(type).equals("GPs") && row.cell(when).equals(period)) {
                    SpineLink link = practices.link(row.cell(code));
                    double outside = 0;
                    for (int t = 0; t < link.size(); t++) {
                        outside += Crosswalk.OUTSIDE_SPINE.equals(link.target(t)) ? link.weight(t) : 0;
                    }
                    sum += Double.parseDouble(row.cell(count)) * (1 - outside);
                }
            }
        }
        return sum;
    }

    @Test
    void everySamplePracticeIsSpreadOverLondonLsoasByItsRegistrations() throws Exception {
        Crosswalk practices =
                GpPracticeCrosswalk.read(RepoFiles.dataSamples("gp/gp-reg-pat-prac-lsoa-all.csv"), geography);
        Map<String, Long> counts = new TreeMap<>();
        try (FingertipsCsv csv =
                FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/848-gp-practice.csv"))) {
            int type = csv.position(FingertipsColumn.AREA_TYPE);
            int period = csv.position(FingertipsColumn.TIME_PERIOD);
            int code = csv.position(FingertipsColumn.AREA_CODE);
            int count = csv.position(FingertipsColumn.COUNT);
            int category = csv.position(FingertipsColumn.CATEGORY_TYPE);
            for (SourceRow row = csv.next(); row != null; row = csv.next()) {
                if (row.cell(type).equals("GPs")
                        && row.cell(period).equals("2022/23")
                        && row.cell(category).isEmpty()) {
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
