package london.observatory.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table's promise, checked exhaustively: with true counts 0..M equally likely (M from 3T up) and
 * cell keys uniform, no published value makes a count below T, zero included, more likely than not.
 */
class PosteriorPropertyTest {

    private static final PerturbationTable V1 = PerturbationTable.load("v1");

    @Test
    void theV1TableProtectsCountsBelowTenForEveryPriorFrom30To100() {
        // A wider prior only adds to the denominators; 0..30 is the worst case, the rest confirm it.
        for (int max = 30; max <= 100; max++) {
            for (boolean emptyCellKeyIsZero : new boolean[] {false, true}) {
                PosteriorCheck.Outcome outcome = PosteriorCheck.of(V1, 10, max, emptyCellKeyIsZero);

                assertThat(outcome.protects()).as("prior 0..%d", max).isTrue();
                assertThat(outcome.smallPublishedValues()).isEmpty();
                assertThat(noSmallCountIsMoreLikelyThanNot(V1, 10, max)).isTrue();
            }
        }
    }

    /** The figure the README gives: a published 0 is a true 0 with probability 256 / 1,420. */
    @Test
    void theMostLikelySmallCountIsATrueZeroBehindAPublishedZero() {
        PosteriorCheck.Outcome outcome = PosteriorCheck.of(V1, 10, 30);

        System.out.printf(
                "ptable v1, T = 10, prior 0..30: max posterior of a count below 10 = %.4f (true %d behind a published %d)%n",
                outcome.maxPosterior(), outcome.worstTrueCount(), outcome.worstPublished());
        assertThat(outcome.maxPosterior()).isEqualTo(256.0 / 1420);
        assertThat(outcome.worstTrueCount()).isZero();
        assertThat(outcome.worstPublished()).isZero();
    }

    @Test
    void generatedTablesProtectEveryThresholdFrom3To64() {
        for (int threshold = 3; threshold <= 64; threshold++) {
            PerturbationTable table = PerturbationTableGenerator.generate("t", threshold);
            for (int max : new int[] {3 * threshold, 3 * threshold + 1, 10 * threshold}) {
                PosteriorCheck.Outcome outcome = PosteriorCheck.of(table, threshold, max);

                assertThat(outcome.protects())
                        .as("T = %d, prior 0..%d", threshold, max)
                        .isTrue();
                assertThat(outcome.smallPublishedValues()).isEmpty();
                assertThat(noSmallCountIsMoreLikelyThanNot(table, threshold, max))
                        .isTrue();
            }
        }
    }

    @Test
    void aThresholdBelowThreeIsRefusedByTheGenerator() {
        assertThatThrownBy(() -> PerturbationTableGenerator.generate("t", 2))
                .hasMessageStartingWith("this design protects thresholds 3 to 255, not 2");
    }

    @Test
    void aTableThatPublishesTrueCountsIsRefused() {
        StringBuilder csv =
                new StringBuilder("# version: none\n# threshold: 10\n" + PerturbationTableCsv.HEADER + "\n");
        csv.append("0,0,255,0,0\n");

        assertThatThrownBy(() -> new DisclosureControl(PerturbationTableCsv.parse(csv.toString(), "none"), 10))
                .hasMessage("perturbation table none (threshold 10, counts 0-0) does not protect counts below 10:"
                        + " a published 0 is a true 0 with probability 1.000 (more than 0.5)");
    }

    @Test
    void aThresholdAboveTheTablesIsRefusedAndALowerOneChecked() {
        assertThatThrownBy(() -> new DisclosureControl(V1, 20))
                .hasMessage("perturbation table v1 (threshold 10, counts 0-12) is made for a threshold of at most 10,"
                        + " not 20; generate a table for 20");
        assertThat(new DisclosureControl(V1, 5)).hasToString("cell-key perturbation, table v1, threshold 5");
    }

    /**
     * An independent count in whole numbers: for each published v and each c < T, the (c, key) pairs
     * publishing v are at most half of all pairs publishing v.
     */
    private static boolean noSmallCountIsMoreLikelyThanNot(PerturbationTable table, int threshold, int max) {
        Map<Long, long[]> pairs = new HashMap<>();
        for (int count = 0; count <= max; count++) {
            for (int key = 0; key < 256; key++) {
                pairs.computeIfAbsent(table.published(count, key), v -> new long[max + 1])[count]++;
            }
        }
        for (long[] byCount : pairs.values()) {
            long all = 0;
            for (long n : byCount) {
                all += n;
            }
            for (int count = 0; count < threshold; count++) {
                if (2 * byCount[count] > all) {
                    return false;
                }
            }
        }
        return true;
    }
}
