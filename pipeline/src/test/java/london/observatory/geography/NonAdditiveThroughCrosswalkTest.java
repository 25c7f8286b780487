package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.normalise.SourceValue;
import london.observatory.normalise.ValuePlacer;
import london.observatory.observation.Observation;
import london.observatory.period.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scores, ranks and deciles on LSOA 2011 (the Indices of Deprivation) moved onto LSOA 2021 through a small
 * exact fit: an unchanged LSOA keeps its value, a split's parts inherit it, a merge takes the parents'
 * population-weighted mean (rounded for ranks and deciles), and a withheld parent withholds the merge.
 */
class NonAdditiveThroughCrosswalkTest {

    static final Period YEAR = new Period(LocalDate.of(2019, 1, 1), "year");
    static final FeedDescriptor FEED = Descriptors.parse("""
            {"id": "test", "title": "t", "format": "csv", "source": {"url": "file:x"}, "maxBadRowShare": 0.5,
             "nativeGeography": "lsoa11",
             "indicators": [
               {"id": "imd-decile", "theme": "debt", "measureType": "decile"},
               {"id": "imd-rank", "theme": "debt", "measureType": "rank"},
               {"id": "imd-score", "theme": "debt", "measureType": "score"}]}""");

    private static final String UNCHANGED = "E01000001";
    private static final String SPLIT = "E01000002";
    private static final String MERGED_A = "E01000003";
    private static final String MERGED_B = "E01000004";
    private static final String U21 = "E01990101";
    private static final List<String> SPLIT_PARTS = List.of("E01990102", "E01990103", "E01990104");
    private static final String M21 = "E01990105";

    private final Crosswalk lsoa11 = Lsoa11ToLsoa21.build(
                    List.of(
                            new ExactFitRow(UNCHANGED, U21, 'U', null, "row 1"),
                            new ExactFitRow(SPLIT, SPLIT_PARTS.get(0), 'S', null, "row 2"),
                            new ExactFitRow(SPLIT, SPLIT_PARTS.get(1), 'S', null, "row 3"),
                            new ExactFitRow(SPLIT, SPLIT_PARTS.get(2), 'S', null, "row 4"),
                            new ExactFitRow(MERGED_A, M21, 'M', null, "row 5"),
                            new ExactFitRow(MERGED_B, M21, 'M', null, "row 6")),
                    Map.of(SPLIT_PARTS.get(0), 1_000L, SPLIT_PARTS.get(1), 2_000L, SPLIT_PARTS.get(2), 500L))
            .crosswalk();
    private final FanInAccumulator fanIn = new FanInAccumulator();
    private final Reconciliation reconciliation = new Reconciliation(Lsoa11ToLsoa21.SOURCE_GEOGRAPHY);
    private final List<Observation> out = new ArrayList<>();
    private ValuePlacer placer;

    @BeforeEach
    void newPlacer() {
        placer = new ValuePlacer(
                FEED, RepoFiles.madeUpGeography(), Map.of(ValuePlacer.LSOA11, lsoa11), fanIn, reconciliation, "run-1");
    }

    @Test
    void anUnchangedLsoaTakesTheValueAsIs() {
        assertThat(place("imd-decile", UNCHANGED, withPopulation(3.0, 1_500.0))).isNull();

        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.areaCode()).isEqualTo(U21);
            assertThat(o.value()).isEqualTo(3.0);
            assertThat(o.flag()).isNull();
            assertThat(o.method()).isEqualTo(SpineLink.DIRECT);
            assertThat(o.sourceAreaCode()).isEqualTo(UNCHANGED);
            assertThat(o.denominator())
                    .as("the source's population is not the LSOA 2021's")
                    .isNull();
        });
    }

    @Test
    void eachPartOfASplitInheritsItsParentsValueFlagged() {
        place("imd-rank", SPLIT, withPopulation(12_345.0, 3_500.0));

        assertThat(out).extracting(Observation::areaCode).containsExactlyInAnyOrderElementsOf(SPLIT_PARTS);
        assertThat(out).allSatisfy(o -> {
            assertThat(o.value()).as("never shared out").isEqualTo(12_345.0);
            assertThat(o.flag()).isEqualTo(Observation.FLAG_INHERITED);
            assertThat(o.method()).isEqualTo(SpineLink.LSOA11_SPLIT_INHERITED);
            assertThat(o.sourceAreaCode()).isEqualTo(SPLIT);
        });
    }

    @Test
    void aMergeTakesThePopulationWeightedMeanOfItsParentsDeciles() {
        place("imd-decile", MERGED_A, withPopulation(2.0, 100.0));
        assertThat(out).as("waits for its other parent").isEmpty();
        place("imd-decile", MERGED_B, withPopulation(6.0, 300.0));

        // (2 × 100 + 6 × 300) / 400 = 5.0, not the plain mean 4
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.areaCode()).isEqualTo(M21);
            assertThat(o.value()).isEqualTo(5.0);
            assertThat(o.flag()).isEqualTo(Observation.FLAG_ESTIMATED);
            assertThat(o.method()).isEqualTo(SpineLink.LSOA11_MERGE_WEIGHTED);
            assertThat(o.sourceAreaCode()).isEqualTo(MERGED_A + ";" + MERGED_B);
            assertThat(o.numerator()).isNull();
            assertThat(o.denominator()).isNull();
        });
    }

    @Test
    void aMergedRankIsRoundedToAWholeRank() {
        place("imd-rank", MERGED_A, withPopulation(1_000.0, 100.0));
        place("imd-rank", MERGED_B, withPopulation(2_001.0, 300.0));

        // (1,000 × 100 + 2,001 × 300) / 400 = 1,750.75
        assertThat(out).singleElement().extracting(Observation::value).isEqualTo(1_751.0);
    }

    @Test
    void aMergedDecileHalfwayRoundsUpAndAScoreIsNotRounded() {
        place("imd-decile", MERGED_A, withPopulation(3.0, 250.0));
        place("imd-decile", MERGED_B, withPopulation(4.0, 250.0));
        place("imd-score", MERGED_A, withPopulation(10.5, 100.0));
        place("imd-score", MERGED_B, withPopulation(20.25, 300.0));

        Map<String, Observation> byIndicator = byIndicator();
        assertThat(byIndicator.get("imd-decile").value()).isEqualTo(4.0);
        // (10.5 × 100 + 20.25 × 300) / 400 = 17.8125
        assertThat(byIndicator.get("imd-score").value()).isEqualTo(17.8125);
        assertThat(byIndicator.get("imd-score").flag()).isEqualTo(Observation.FLAG_ESTIMATED);
    }

    @Test
    void withoutAPopulationEachParentWeighsTheSame() {
        place("imd-decile", MERGED_A, SourceValue.count(2.0, null));
        place("imd-decile", MERGED_B, SourceValue.count(5.0, null));

        assertThat(out).singleElement().extracting(Observation::value).isEqualTo(4.0); // 3.5, halves up
    }

    @Test
    void withoutAPopulationTheExactFitsCensus2011ResidentsWeighTheParents() {
        Crosswalk withResidents = Lsoa11ToLsoa21.build(
                        List.of(
                                new ExactFitRow(MERGED_A, M21, 'M', 1_000L, "row 5"),
                                new ExactFitRow(MERGED_B, M21, 'M', 3_000L, "row 6")),
                        Map.of())
                .crosswalk();
        placer = new ValuePlacer(
                FEED,
                RepoFiles.madeUpGeography(),
                Map.of(ValuePlacer.LSOA11, withResidents),
                fanIn,
                reconciliation,
                "run-1");

        place("imd-rank", MERGED_A, SourceValue.count(100.0, null));
        place("imd-rank", MERGED_B, SourceValue.count(200.0, null));

        // (100 × 1,000 + 200 × 3,000) / 4,000 = 175, not the plain mean 150
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(175.0);
            assertThat(o.method()).isEqualTo(SpineLink.LSOA11_MERGE_WEIGHTED);
            assertThat(o.flag()).isEqualTo(Observation.FLAG_ESTIMATED);
        });
    }

    @Test
    void aWithheldParentWithholdsTheMergeAndOnlyItsOwnTargetsElsewhere() {
        place("imd-decile", MERGED_A, SourceValue.count(null, "c"));
        place("imd-decile", MERGED_B, withPopulation(6.0, 300.0));
        place("imd-decile", SPLIT, SourceValue.count(null, "c"));

        assertThat(out).hasSize(4).allSatisfy(o -> {
            assertThat(o.value()).isNull();
            assertThat(o.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
            assertThat(o.statusMarker()).isEqualTo("c");
        });
        assertThat(fanIn.withheldValue())
                .as("no decile is counted as withheld value")
                .isZero();
    }

    @Test
    void theReconciliationTalliesRecordsButNeverAddsUpRanks() {
        place("imd-rank", UNCHANGED, withPopulation(10.0, 1_500.0));
        place("imd-rank", SPLIT, withPopulation(20.0, 3_500.0));
        place("imd-rank", MERGED_A, withPopulation(30.0, 100.0));
        place("imd-rank", MERGED_B, withPopulation(40.0, 300.0));
        place("imd-rank", "E01000099", withPopulation(50.0, 300.0));

        assertThat(reconciliation.recordsMatched()).isEqualTo(4);
        assertThat(reconciliation.recordsUnmatched()).isEqualTo(1);
        assertThat(reconciliation.recordsPlaced()).isEqualTo(5);
        assertThat(reconciliation.valueIn()).isZero();
        assertThat(reconciliation.valueOut()).isZero();
        assertThat(fanIn.drainIncomplete()).isEmpty();
    }

    private String place(String indicator, String lsoa11Code, SourceValue v) {
        return placer.place(FEED.indicator(indicator), ValuePlacer.LSOA11, lsoa11Code, YEAR, v, out);
    }

    /** The published value with the source area's population as its denominator (as the IoD files give). */
    static SourceValue withPopulation(double value, double population) {
        return new SourceValue(value, null, population, null, null, null);
    }

    private Map<String, Observation> byIndicator() {
        return out.stream().collect(Collectors.toMap(Observation::indicatorId, Function.identity()));
    }
}
