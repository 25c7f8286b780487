package london.observatory.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.SpineLink;
import london.observatory.observation.Observation;
import london.observatory.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A percentage at GP practice placed on LSOAs: its numerator and denominator are shared by the
 * registration weights and summed per LSOA, and the value is recomputed from them, never summed or averaged.
 */
class RateThroughCrosswalkTest {

    private static final Period YEAR = new Period(LocalDate.of(2022, 4, 1), "financial-year");
    private static final String A = "E01990029";
    private static final String B = "E01990030";
    private static final String C = "E01990031";
    // Patients registered by LSOA: P1 60/40 over A and B, P2 25/75 over B and C, so B is served by both.
    private static final Map<String, Map<String, Double>> PATIENTS = Map.of(
            "F99001", Map.of(A, 600.0, B, 400.0),
            "F99002", Map.of(B, 250.0, C, 750.0));
    private static final double SCALE = 100;
    private static final FeedDescriptor FEED = Descriptors.parse("""
            {"id": "test", "title": "t", "format": "csv", "source": {"url": "file:x"}, "maxBadRowShare": 0.5,
             "nativeGeography": "gp-practice",
             "indicators": [{"id": "prevalence", "theme": "mental_health", "measureType": "percentage",
                             "scale": 100}]}""");

    private static Geography geography;

    private final Crosswalk practices = Crosswalk.weighted(
            GpPracticeCrosswalk.SOURCE_GEOGRAPHY, SpineLink.GP_WEIGHTED, Observation.FLAG_ESTIMATED, PATIENTS);
    private final Reconciliation reconciliation = new Reconciliation(GpPracticeCrosswalk.SOURCE_GEOGRAPHY);
    private final FanInAccumulator fanIn = new FanInAccumulator();
    private final List<Observation> out = new ArrayList<>();
    private ValuePlacer placer;

    @BeforeAll
    static void spine() {
        geography = RepoFiles.madeUpGeography();
    }

    @Test
    void anLsoaServedByTwoPracticesGetsTheRateOfItsSharesOfBothRegisters() {
        SourceValue p1 = parts(120.0, 1_000.0);
        SourceValue p2 = parts(45.0, 500.0);

        assertThat(place("F99001", p1)).isNull();
        assertThat(place("F99002", p2)).isNull();

        double p1ToA = share("F99001", A);
        double p1ToB = share("F99001", B);
        double p2ToB = share("F99002", B);
        double p2ToC = share("F99002", C);
        assertThat(p1ToA).isEqualTo(0.6);
        assertThat(p2ToB).isEqualTo(0.25);
        Map<String, Observation> byLsoa = byLsoa();
        assertThat(byLsoa).containsOnlyKeys(A, B, C);
        expect(byLsoa.get(A), p1.numerator() * p1ToA, p1.denominator() * p1ToA, "F99001");
        expect(
                byLsoa.get(B),
                p1.numerator() * p1ToB + p2.numerator() * p2ToB,
                p1.denominator() * p1ToB + p2.denominator() * p2ToB,
                "F99001;F99002");
        expect(byLsoa.get(C), p2.numerator() * p2ToC, p2.denominator() * p2ToC, "F99002");
        // Neither practice's rate nor their plain mean: the rate of the pooled shares.
        assertThat(byLsoa.get(B).value()).isNotEqualTo((rate(p1) + rate(p2)) / 2);
        assertThat(byLsoa.get(A).value()).isCloseTo(rate(p1), within(1e-12));
    }

    @Test
    void theNumeratorsAndDenominatorsPlacedAddUpToThoseOfThePractices() {
        SourceValue p1 = parts(120.0, 1_000.0);
        SourceValue p2 = parts(45.0, 500.0);

        place("F99001", p1);
        place("F99002", p2);

        assertThat(out.stream().mapToDouble(Observation::numerator).sum())
                .isCloseTo(p1.numerator() + p2.numerator(), within(1e-9));
        assertThat(out.stream().mapToDouble(Observation::denominator).sum())
                .isCloseTo(p1.denominator() + p2.denominator(), within(1e-9));
        // The reconciliation adds up counts: two practices matched, three LSOAs placed, no rate summed.
        assertThat(reconciliation.recordsMatched()).isEqualTo(2);
        assertThat(reconciliation.recordsPlaced()).isEqualTo(3);
        assertThat(reconciliation.valueIn()).isZero();
        assertThat(reconciliation.valueOut()).isZero();
        assertThat(fanIn.drainIncomplete()).isEmpty();
    }

    @Test
    void aWithheldPracticeWithholdsEveryLsoaItServesAndNothingElse() {
        String marker = "Value suppressed for disclosure control due to small count";
        SourceValue p2 = parts(45.0, 500.0);

        place("F99001", new SourceValue(null, null, null, null, null, marker));
        place("F99002", p2);

        Map<String, Observation> byLsoa = byLsoa();
        for (String lsoa : List.of(A, B)) {
            Observation o = byLsoa.get(lsoa);
            assertThat(o.value()).as(lsoa).isNull();
            assertThat(o.numerator()).as(lsoa).isNull();
            assertThat(o.denominator()).as(lsoa).isNull();
            assertThat(o.flag()).as(lsoa).isEqualTo(Observation.FLAG_SUPPRESSED);
            assertThat(o.statusMarker()).as(lsoa).isEqualTo(marker);
        }
        double p2ToC = share("F99002", C);
        expect(byLsoa.get(C), p2.numerator() * p2ToC, p2.denominator() * p2ToC, "F99002");
        assertThat(fanIn.withheldValue()).isZero();
    }

    @Test
    void aRateWithoutItsNumeratorAndDenominatorIsStillRefused() {
        String problem = place("F99001", new SourceValue(12.0, null, null, 11.0, 13.0, null));

        assertThat(problem)
                .isEqualTo("a percentage at gp-practice cannot be shared between LSOAs; "
                        + "publish its numerator and denominator as counts");
        assertThat(out).isEmpty();
    }

    @BeforeEach
    void newPlacer() {
        placer = new ValuePlacer(
                FEED,
                geography,
                Map.of(GpPracticeCrosswalk.SOURCE_GEOGRAPHY, practices),
                fanIn,
                reconciliation,
                "run-1");
    }

    private String place(String practice, SourceValue v) {
        return placer.place(FEED.indicator("prevalence"), GpPracticeCrosswalk.SOURCE_GEOGRAPHY, practice, YEAR, v, out);
    }

    private static void expect(Observation o, double numerator, double denominator, String sources) {
        assertThat(o.numerator()).isEqualTo(numerator);
        assertThat(o.denominator()).isEqualTo(denominator);
        assertThat(o.value()).isEqualTo(numerator / denominator * SCALE);
        assertThat(o.flag()).isEqualTo(Observation.FLAG_ESTIMATED);
        assertThat(o.method()).isEqualTo(SpineLink.GP_WEIGHTED);
        assertThat(o.sourceAreaCode()).isEqualTo(sources);
        assertThat(o.sourceGeography()).isEqualTo(GpPracticeCrosswalk.SOURCE_GEOGRAPHY);
        assertThat(o.ciLower()).isNull();
    }

    /** The practice's share of patients living in the LSOA, from the registrations themselves. */
    private static double share(String practice, String lsoa) {
        Map<String, Double> patients = PATIENTS.get(practice);
        return patients.get(lsoa)
                / patients.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static SourceValue parts(double numerator, double denominator) {
        return new SourceValue(numerator / denominator * SCALE, numerator, denominator, null, null, null);
    }

    private static double rate(SourceValue v) {
        return v.numerator() / v.denominator() * SCALE;
    }

    private Map<String, Observation> byLsoa() {
        assertThat(out).extracting(Observation::areaLevel).containsOnly("lsoa21");
        return out.stream().collect(Collectors.toMap(Observation::areaCode, Function.identity()));
    }
}
