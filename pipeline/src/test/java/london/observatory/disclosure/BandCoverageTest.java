package london.observatory.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import london.observatory.disclosure.GeneratedRecords.CaseRecord;
import org.junit.jupiter.api.Test;

/**
 * Borough-sized sums (50 LSOAs) of protected values against their exact totals, over many seeded record
 * sets: the noise cancels (mean error near 0) and the band holds at least 95% of the exact totals.
 */
class BandCoverageTest {

    private static final DisclosureControl CONTROL = DisclosureControl.standard();
    private static final RecordKeyer KEYER = new RecordKeyer(GeneratedRecords.secret());
    private static final List<String> SPINE = GeneratedRecords.spine(500);
    private static final AreaMembership MEMBERSHIP = GeneratedRecords.membership(SPINE);
    private static final int BOROUGHS = SPINE.size() / GeneratedRecords.LSOAS_PER_BOROUGH;

    @Test
    void boroughSumsAreUnbiasedAndTheBandHoldsTheExactTotal() {
        SplittableRandom random = new SplittableRandom(1889);
        int sums = 0;
        int covered = 0;
        double errorSum = 0;
        double errorSquares = 0;
        for (int set = 0; set < 100; set++) {
            List<CaseRecord> records = GeneratedRecords.records(random, SPINE);
            Map<String, Long> truth = GeneratedRecords.trueCounts(SPINE, records);
            ProtectedRelease release = CONTROL.release(SPINE, GeneratedRecords.keyedCounts(records, KEYER));
            for (int b = 0; b < BOROUGHS; b++) {
                String borough = String.format("B%02d", b);
                long exact = MEMBERSHIP.lsoasOf(borough).stream()
                        .mapToLong(truth::get)
                        .sum();
                ProtectedAggregate open = release.sumOfAreas(List.of(borough), MEMBERSHIP);
                if (set == 0) {
                    System.out.printf(
                            "borough %s: exact %4d, protected %4d ± %.1f%n", borough, exact, open.value(), open.band());
                }
                double error = open.value() - exact;
                sums++;
                covered += Math.abs(error) <= open.band() ? 1 : 0;
                errorSum += error;
                errorSquares += error * error;
            }
        }
        double meanError = errorSum / sums;
        double sd = Math.sqrt(errorSquares / sums - meanError * meanError);
        System.out.printf(
                "%d borough sums: mean error %.2f, sd %.1f, exact total within the band in %.1f%%%n",
                sums, meanError, sd, 100.0 * covered / sums);

        assertThat(Math.abs(meanError)).isLessThan(4 * sd / Math.sqrt(sums));
        assertThat((double) covered / sums).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aCellsBandDependsOnItsPublishedValueOnly() {
        PerturbationTable table = PerturbationTable.load("v1");
        for (long published : new long[] {0, 10, 11, 12, 13, 14, 20, 1_000}) {
            double expected = -1;
            for (long count = 0; count <= 1_100; count++) {
                for (int key = 0; key < 256; key++) {
                    if (table.published(count, key) == published) {
                        double variance = CONTROL.protect(new KeyedCount(count, count == 0 ? 0 : key))
                                .bandVariance();
                        expected = expected < 0 ? variance : expected;
                        assertThat(variance)
                                .as("published %d from %d", published, count)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }
}
