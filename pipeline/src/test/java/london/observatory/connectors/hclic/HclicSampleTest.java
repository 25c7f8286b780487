package london.observatory.connectors.hclic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.geography.Reconciliation;
import london.observatory.mapping.MappedTable;
import london.observatory.observation.Observation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The H-CLIC sample in data-samples/hclic read through its feed descriptor, as the nightly ingest does. */
class HclicSampleTest {

    @Test
    void sampleGivesThreeIndicatorsForEachBoroughForTheQuarterTheTitleNames() throws Exception {
        MappedTable mapped = map();

        assertThat(mapped.bad).isEmpty();
        assertThat(mapped.observations).hasSize(99);
        assertThat(mapped.observations)
                .extracting(Observation::areaCode)
                .filteredOn(c -> c.startsWith("E09"))
                .hasSize(99);
        assertThat(mapped.observations).allSatisfy(o -> {
            assertThat(o.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(o.periodType()).isEqualTo("quarter");
            assertThat(o.areaLevel()).isEqualTo("lad");
        });
        // Medway and Guildford are counted (one record per indicator value), not kept; England and region
        // rows never reach the mapping (AreaRowFilter sets them aside).
        assertThat(mapped.reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON))
                .isEqualTo(6);
    }

    @Test
    void cellsArePassedOnAsPublishedAndTheRateKeepsItsParts() throws Exception {
        MappedTable mapped = map();

        // Sample sheet A1 row 15, Camden: prevention 275, relief 375, 96.5 thousand households, 3.89 per 1,000.
        assertThat(value(mapped, "hclic-prevention-duty", "E09000007").value()).isEqualTo(275.0);
        assertThat(value(mapped, "hclic-relief-duty", "E09000007").value()).isEqualTo(375.0);
        Observation rate = value(mapped, "hclic-homeless-rate", "E09000007");
        assertThat(rate.value()).isEqualTo(3.89);
        assertThat(rate.numerator()).isEqualTo(375.0);
        assertThat(rate.denominator()).isEqualTo(96_500.0);
        // The published rate is the parts' quotient, rounded to 2 places, for every borough with a return.
        assertThat(mapped.observations)
                .filteredOn(o -> o.indicatorId().equals("hclic-homeless-rate") && o.value() != null)
                .hasSize(32)
                .allSatisfy(
                        o -> assertThat(o.numerator() / o.denominator() * 1000).isCloseTo(o.value(), within(0.005)));
    }

    @Test
    void aMissingReturnIsWithheldWithItsMarkerNeverZero() throws Exception {
        MappedTable mapped = map();

        // Kensington and Chelsea (row 29): ".." throughout.
        assertThat(mapped.observations)
                .filteredOn(o -> o.value() == null)
                .extracting(Observation::areaCode, Observation::flag, Observation::statusMarker)
                .containsOnly(Tuple.tuple("E09000020", Observation.FLAG_SUPPRESSED, ".."))
                .hasSize(3);
    }

    private static Observation value(MappedTable mapped, String indicator, String area) {
        return mapped.observations.stream()
                .filter(o -> o.indicatorId().equals(indicator) && o.areaCode().equals(area))
                .findFirst()
                .orElseThrow();
    }

    private static MappedTable map() throws Exception {
        try (HclicA1Table table = HclicA1Table.open(RepoFiles.dataSamples("hclic/Detailed_LA_202403.ods"))) {
            return MappedTable.of(
                    Descriptors.read("observatory/feeds/mhclg-hclic-initial-assessments.json"),
                    RepoFiles.madeUpGeography(),
                    Map.of(),
                    table);
        }
    }
}
