package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import london.observatory.RepoFiles;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.normalise.SourceValue;
import london.observatory.normalise.ValuePlacer;
import london.observatory.observation.Observation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property for deciles moved through generated exact fits (unchanged, split, merged and irregular LSOAs,
 * some parents withheld, some without a population): conservation does not apply to a measure that does
 * not add up, so what must hold instead is that every LSOA 2021 a parent reaches gets exactly one value,
 * withheld exactly when one of its parents is, and otherwise a whole decile from 1 to 10. 200 seeds.
 */
class NonAdditiveReachTest {

    private static final Geography SAMPLE = RepoFiles.madeUpGeography();

    static Stream<Integer> seeds() {
        return IntStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLsoa21ReachedGetsExactlyOneValue(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExactFitRow> rows = new ArrayList<>();
        Map<String, Long> population = new HashMap<>();
        generate(random, rows, population);
        Crosswalk crosswalk = Lsoa11ToLsoa21.build(rows, population).crosswalk();

        FanInAccumulator fanIn = new FanInAccumulator();
        ValuePlacer placer = new ValuePlacer(
                NonAdditiveThroughCrosswalkTest.FEED,
                SAMPLE,
                Map.of(ValuePlacer.LSOA11, crosswalk),
                fanIn,
                new Reconciliation(ValuePlacer.LSOA11),
                "run");
        Set<String> withheld = new HashSet<>();
        List<Observation> out = new ArrayList<>();
        for (String parent : rows.stream().map(ExactFitRow::lsoa11).distinct().toList()) {
            SourceValue v = decile(random);
            if (v.value() == null) {
                withheld.add(parent);
            }
            assertThat(placer.place(
                            NonAdditiveThroughCrosswalkTest.FEED.indicator("imd-decile"),
                            ValuePlacer.LSOA11,
                            parent,
                            NonAdditiveThroughCrosswalkTest.YEAR,
                            v,
                            out))
                    .isNull();
        }
        assertThat(fanIn.drainIncomplete())
                .as("every merge heard from all its parents")
                .isEmpty();
        assertExactlyOneValueEach(rows, withheld, out);
    }

    private static void assertExactlyOneValueEach(List<ExactFitRow> rows, Set<String> withheld, List<Observation> out) {
        Map<String, Boolean> anyParentWithheld = new HashMap<>();
        rows.forEach(r -> anyParentWithheld.merge(r.lsoa21(), withheld.contains(r.lsoa11()), Boolean::logicalOr));
        assertThat(out).extracting(Observation::areaCode).doesNotHaveDuplicates();
        assertThat(out)
                .extracting(Observation::areaCode)
                .containsExactlyInAnyOrderElementsOf(anyParentWithheld.keySet());
        assertThat(out).allSatisfy(o -> {
            if (anyParentWithheld.get(o.areaCode())) {
                assertThat(o.value()).as(o.areaCode()).isNull();
                assertThat(o.flag()).isEqualTo(Observation.FLAG_SUPPRESSED);
            } else {
                assertThat(o.value()).as(o.areaCode()).isNotNull().isBetween(1.0, 10.0);
                assertThat(o.value()).isEqualTo(Math.rint(o.value()));
            }
        });
    }

    /** Up to 40 LSOA 2011s, each unchanged, split, merged with the next, or irregular with the next. */
    private static void generate(SplittableRandom random, List<ExactFitRow> rows, Map<String, Long> population) {
        int next = 0;
        for (int source = 0; source < 1 + random.nextInt(40); source++) {
            String code = "L11-" + source;
            switch (random.nextInt(4)) {
                case 0 -> rows.add(new ExactFitRow(code, "L21-" + next++, 'U', null, "row"));
                case 1 -> {
                    for (int t = 0; t < 2 + random.nextInt(4); t++) {
                        populated(rows, population, random, code, "L21-" + next++, 'S');
                    }
                }
                case 2 -> {
                    String target = "L21-" + next++;
                    for (int parent = 0; parent < 2 + random.nextInt(3); parent++) {
                        rows.add(new ExactFitRow(code + "m" + parent, target, 'M', null, "row"));
                    }
                }
                default -> {
                    // Irregular: this and the next share a middle LSOA 2021, and each has one of its own.
                    String middle = "L21-" + next++;
                    populated(rows, population, random, code, "L21-" + next++, 'X');
                    populated(rows, population, random, code, middle, 'X');
                    populated(rows, population, random, code + "x", middle, 'X');
                    populated(rows, population, random, code + "x", "L21-" + next++, 'X');
                }
            }
        }
    }

    private static void populated(
            List<ExactFitRow> rows,
            Map<String, Long> population,
            SplittableRandom random,
            String lsoa11,
            String lsoa21,
            char chgind) {
        rows.add(new ExactFitRow(lsoa11, lsoa21, chgind, null, "row"));
        population.putIfAbsent(lsoa21, (long) random.nextInt(3_000));
    }

    /** A decile: withheld one time in eight; with a population (sometimes zero) or without one. */
    private static SourceValue decile(SplittableRandom random) {
        if (random.nextInt(8) == 0) {
            return SourceValue.count(null, "c");
        }
        double value = 1 + random.nextInt(10);
        Double people = random.nextBoolean() ? null : (double) random.nextInt(3_000);
        return new SourceValue(value, null, people, null, null, null);
    }
}
