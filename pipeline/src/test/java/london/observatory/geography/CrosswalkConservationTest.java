package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import london.observatory.RepoFiles;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import london.observatory.normalise.CrosswalkPlacer;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.observation.Observation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for every mechanism that moves values onto LSOA 2021, the values placed (plus any share
 * reported as outside London) add up to exactly the values that came in, every placed count is a whole
 * number, and every summed target is complete. Checked over 200 generated crosswalks and inputs per
 * mechanism, from seeds, so a failure names a reproducible case.
 */
class CrosswalkConservationTest {

    private static final int CASES = 200;
    private static final LocalDate PERIOD = LocalDate.of(2025, 1, 1);
    private static final Geography SAMPLE = RepoFiles.madeUpGeography();

    static Stream<Integer> seeds() {
        return IntStream.range(0, CASES).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void lsoa11ExactFitConservesWholeCounts(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExactFitRow> rows = new ArrayList<>();
        Map<String, Long> population = new HashMap<>();
        int next = 0;
        for (int source = 0; source < 1 + random.nextInt(40); source++) {
            String code = "L11-" + source;
            switch (random.nextInt(3)) {
                case 0 -> rows.add(new ExactFitRow(code, "L21-" + next++, 'U', null, "row"));
                case 1 -> {
                    for (int t = 0; t < 2 + random.nextInt(4); t++) {
                        String target = "L21-" + next++;
                        rows.add(new ExactFitRow(code, target, 'S', null, "row"));
                        population.put(target, (long) random.nextInt(3_000));
                    }
                }
                default -> {
                    // Merge: this and the next source share one target.
                    String target = "L21-" + next++;
                    rows.add(new ExactFitRow(code, target, 'M', null, "row"));
                    rows.add(new ExactFitRow(code + "m", target, 'M', null, "row"));
                }
            }
        }
        Crosswalk crosswalk = Lsoa11ToLsoa21.build(rows, population).crosswalk();
        List<String> sources = rows.stream().map(ExactFitRow::lsoa11).distinct().toList();
        assertConserved(crosswalk, sources, random);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outputAreasSumIntoTheirLsoa(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> oaToLsoa = new HashMap<>();
        for (int oa = 0; oa < 1 + random.nextInt(200); oa++) {
            oaToLsoa.put("OA-" + oa, "L21-" + random.nextInt(1 + oa / 5));
        }
        Crosswalk crosswalk = Crosswalk.nesting("oa21", SpineLink.OA21_SUM, oaToLsoa);
        assertConserved(crosswalk, List.copyOf(oaToLsoa.keySet()), random);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gpPracticesShareByPatientsWithTheShareOutsideLondonReported(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (int practice = 0; practice < 1 + random.nextInt(30); practice++) {
            Map<String, Double> byLsoa = new HashMap<>();
            for (int t = 0; t < 1 + random.nextInt(25); t++) {
                byLsoa.put("L21-" + random.nextInt(60), (double) random.nextInt(500));
            }
            if (random.nextBoolean()) {
                byLsoa.put(Crosswalk.OUTSIDE_SPINE, (double) random.nextInt(500));
            }
            weights.put("P" + practice, byLsoa);
        }
        Crosswalk crosswalk =
                Crosswalk.weighted("gp-practice", SpineLink.GP_WEIGHTED, Observation.FLAG_ESTIMATED, weights);
        assertConserved(crosswalk, List.copyOf(weights.keySet()), random);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void coarserAreasApportionedDownByPopulation(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AreaLevel level = List.of(AreaLevel.MSOA21, AreaLevel.WARD, AreaLevel.LAD, AreaLevel.REGION)
                .get(seed % 4);
        Crosswalk crosswalk = ApportionDown.from(level, SAMPLE);
        List<String> sources = SAMPLE.areas(level).stream().map(Area::code).toList();
        assertConserved(crosswalk, sources, random);
    }

    /** Places a random whole count (0 to 10^9, some zero) for every source; checks the totals. */
    private static void assertConserved(Crosswalk crosswalk, List<String> sources, SplittableRandom random) {
        FanInAccumulator fanIn = new FanInAccumulator();
        Reconciliation reconciliation = new Reconciliation(crosswalk.sourceGeography());
        CrosswalkPlacer placer = new CrosswalkPlacer("indicator", "run", fanIn, reconciliation);
        List<Observation> out = new ArrayList<>();
        long in = 0;
        for (String source : sources) {
            long value = random.nextInt(5) == 0 ? 0 : random.nextLong(1_000_000_000L);
            in += value;
            assertThat(placer.place(crosswalk, source, PERIOD, "month", (double) value, null, out))
                    .isNull();
        }
        assertThat(fanIn.drainIncomplete())
                .as("every summed target received all its parts")
                .isEmpty();

        double placed = out.stream().mapToDouble(Observation::value).sum();
        assertThat(out).allSatisfy(o -> assertThat(o.value()).isEqualTo(Math.rint(o.value())));
        assertThat(placed + reconciliation.valueOutside()).isEqualTo((double) in);
        assertThat(reconciliation.valueIn()).isEqualTo((double) in);
        assertThat(reconciliation.valueOut()).isEqualTo(placed);
        assertThat(reconciliation.recordsMatched()).isEqualTo(sources.size());
        assertThat(out).extracting(Observation::method).allMatch(method -> method != null && !method.isEmpty());
        assertThat(out).extracting(Observation::sourceGeography).containsOnly(crosswalk.sourceGeography());
    }
}
