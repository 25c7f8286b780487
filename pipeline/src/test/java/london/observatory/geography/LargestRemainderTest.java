package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void sharesAlwaysSumToTheTotalAndStayWithinOneOfTheExactShare() {
        SplittableRandom random = new SplittableRandom(20_211_003L);
        for (int run = 0; run < 10_000; run++) {
            double[] weights = randomWeights(random);
            long total = random.nextInt(4) == 0
                    ? random.nextLong(-1_000_000_000L, 1_000_000_000L)
                    : random.nextLong(-50, 5_000);
            long[] shares = LargestRemainder.apportion(total, weights);
            String where = "run " + run + " total " + total + " weights " + Arrays.toString(weights);

            assertThat(Arrays.stream(shares).sum()).as(where).isEqualTo(total);
            double weightSum = Arrays.stream(weights).sum();
            for (int i = 0; i < weights.length; i++) {
                double exact = total * (weights[i] / weightSum);
                assertThat(Math.abs(shares[i] - exact)).as(where).isLessThan(1.0);
                if (weights[i] == 0) {
                    assertThat(shares[i]).as(where).isZero();
                }
            }
        }
    }

    private static double[] randomWeights(SplittableRandom random) {
        double[] weights = new double[1 + random.nextInt(6)];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
        }
        weights[random.nextInt(weights.length)] += 0.01;
        return weights;
    }

    @Test
    void tiesGoToTheLowerIndex() {
        assertThat(LargestRemainder.apportion(1, new double[] {1, 1, 1})).containsExactly(1, 0, 0);
        assertThat(LargestRemainder.apportion(2, new double[] {1, 1, 1})).containsExactly(1, 1, 0);
        assertThat(LargestRemainder.apportion(5, new double[] {0.5, 0.5})).containsExactly(3, 2);
    }

    @Test
    void leftoverUnitsGoToTheLargestRemainders() {
        // exact shares 3.3, 3.6, 3.1: floors 3,3,3 and the one leftover unit goes to index 1
        assertThat(LargestRemainder.apportion(10, new double[] {0.33, 0.36, 0.31}))
                .containsExactly(3, 4, 3);
    }

    @Test
    void negativeTotalsMirrorPositiveOnes() {
        double[] weights = {0.2, 0.5, 0.3};
        long[] positive = LargestRemainder.apportion(7, weights);
        long[] negative = LargestRemainder.apportion(-7, weights);
        assertThat(negative)
                .containsExactly(Arrays.stream(positive).map(share -> -share).toArray());
    }

    @Test
    void writesIntoTheCallersArrayWithoutTouchingTheRest() {
        long[] shares = {99, 99, 99, 99};
        LargestRemainder.apportion(10, new double[] {1, 3}, shares);
        assertThat(shares).containsExactly(3, 7, 99, 99);
    }

    @Test
    void rejectsWeightsThatCannotShareAnything() {
        assertThatThrownBy(() -> LargestRemainder.apportion(1, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all zero");
        assertThatThrownBy(() -> LargestRemainder.apportion(1, new double[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> LargestRemainder.apportion(1, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.apportion(Long.MIN_VALUE, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2^53");
        assertThatThrownBy(() -> LargestRemainder.apportion(1, new double[] {1, 1}, new long[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slots");
    }
}
