package london.observatory.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import london.observatory.observation.Observation;
import org.junit.jupiter.api.Test;

class FanInAccumulatorTest {

    private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);

    @Test
    void emitsTheSumOnceEveryExpectedPartHasArrived() {
        FanInAccumulator fanIn = new FanInAccumulator();

        assertThat(fanIn.add(part("E01000002", 10.0, null), 2, "lsoa11-merge")).isNull();
        Observation merged = fanIn.add(part("E01000001", 5.0, null), 2, "lsoa11-merge");

        assertThat(merged.value()).isEqualTo(15.0);
        assertThat(merged.flag()).isNull();
        assertThat(merged.method()).isEqualTo("lsoa11-merge");
        assertThat(merged.sourceAreaCode()).isEqualTo("E01000001;E01000002");
        assertThat(fanIn.drainIncomplete()).isEmpty();
    }

    @Test
    void aWithheldPartWithholdsTheSum() {
        FanInAccumulator fanIn = new FanInAccumulator();
        fanIn.add(part("E01000001", 5.0, null), 2, "lsoa11-merge");

        Observation merged = fanIn.add(part("E01000002", null, "Q"), 2, "lsoa11-merge");

        assertThat(merged.value()).isNull();
        assertThat(merged.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
        assertThat(merged.statusMarker()).isEqualTo("Q");
    }

    @Test
    void aGroupMissingPartsIsDrainedFlaggedIncomplete() {
        FanInAccumulator fanIn = new FanInAccumulator();
        fanIn.add(part("E01000001", 5.0, null), 3, "lsoa11-merge");

        assertThat(fanIn.drainIncomplete()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(5.0);
            assertThat(o.flag()).isEqualTo(FanInAccumulator.FLAG_INCOMPLETE);
        });
    }

    @Test
    void aMergedDecileWaitingForAParentIsDrainedIncompleteAndNeverCountedAsWithheldValue() {
        FanInAccumulator fanIn = new FanInAccumulator();
        String method = "lsoa11-merge-weighted";
        fanIn.addWeighted(decile("E01990001", "E01000001", 7.0), 250, 2, method, NonAdditive.DECILE);
        fanIn.addWeighted(decile("E01990002", "E01000003", 4.0), 100, 2, method, NonAdditive.DECILE);
        Observation withheld =
                fanIn.addWeighted(decile("E01990002", "E01000004", null), 300, 2, method, NonAdditive.DECILE);

        assertThat(withheld.value()).isNull();
        assertThat(withheld.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
        assertThat(withheld.statusMarker()).isEqualTo("c");
        assertThat(fanIn.withheldValue()).as("a decile is not a count").isZero();
        assertThat(fanIn.drainIncomplete()).singleElement().satisfies(o -> {
            assertThat(o.areaCode()).isEqualTo("E01990001");
            assertThat(o.value()).isEqualTo(7.0);
            assertThat(o.flag()).isEqualTo(FanInAccumulator.FLAG_INCOMPLETE);
            assertThat(o.method()).isEqualTo(method);
        });
    }

    @Test
    void rateSharesAreSummedByTheirPartsAndTheValueRecomputedFromThem() {
        FanInAccumulator fanIn = new FanInAccumulator();
        fanIn.addRateParts(ratePart("F99001", 12.0, 100.0), 2, "gp-weighted", 100);

        Observation merged = fanIn.addRateParts(ratePart("F99002", 3.0, 300.0), 2, "gp-weighted", 100);

        assertThat(merged.numerator()).isEqualTo(12.0 + 3.0);
        assertThat(merged.denominator()).isEqualTo(100.0 + 300.0);
        assertThat(merged.value()).isEqualTo((12.0 + 3.0) / (100.0 + 300.0) * 100);
        assertThat(merged.flag()).isEqualTo(Observation.FLAG_ESTIMATED);
        assertThat(fanIn.withheldValue()).isZero();
    }

    @Test
    void aRateDrainedIncompleteIsRecomputedFromThePartsThatArrived() {
        FanInAccumulator fanIn = new FanInAccumulator();
        fanIn.addRateParts(ratePart("F99001", 12.0, 100.0), 2, "gp-weighted", 100);

        assertThat(fanIn.drainIncomplete()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(12.0 / 100.0 * 100);
            assertThat(o.numerator()).isEqualTo(12.0);
            assertThat(o.flag()).isEqualTo(FanInAccumulator.FLAG_INCOMPLETE);
        });
    }

    private static Observation ratePart(String practice, double numerator, double denominator) {
        return new Observation(
                "depression",
                "E01033333",
                "lsoa21",
                JUNE,
                "financial-year",
                numerator / denominator * 100,
                numerator,
                denominator,
                null,
                null,
                Observation.FLAG_ESTIMATED,
                null,
                practice,
                "gp-practice",
                "gp-weighted",
                "run1",
                null);
    }

    private static Observation part(String source, Double value, String marker) {
        return Observation.count(
                "claimant-count",
                "E01033333",
                "lsoa21",
                JUNE,
                "month",
                value,
                value == null ? Observation.FLAG_SUPPRESSED : null,
                marker,
                source,
                "lsoa11",
                "direct",
                "run1");
    }

    private static Observation decile(String lsoa21, String source, Double value) {
        return Observation.count(
                "imd-decile",
                lsoa21,
                "lsoa21",
                JUNE,
                "year",
                value,
                value == null ? Observation.FLAG_SUPPRESSED : null,
                value == null ? "c" : null,
                source,
                "lsoa11",
                "direct",
                "run1");
    }
}
