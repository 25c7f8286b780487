package london.observatory.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The protection a perturbation table gives, worked out exactly: with every true count from 0 to
 * {@code maxTrueCount} equally likely and cell keys uniform, how likely each small count (below the
 * threshold) is once a value is published. The table protects a threshold when no published value makes
 * any small count, 0 included, more likely than not: P(c | v) ≤ 1/2.
 *
 * <p>A larger {@code maxTrueCount} only adds to the denominators, so the smallest maximum allowed (3T)
 * is the worst case. Two readings of "uniform keys" are checked: every count's key uniform, and the real
 * one, where an empty cell's key is always 0 (the empty sum) and other counts' keys are uniform.
 */
public final class PosteriorCheck {

    /**
     * The outcome: the largest posterior of a small count, where it occurs, and every published value
     * below the threshold other than 0 (each such value is covered by the posterior rule too).
     */
    public record Outcome(
            int threshold,
            int maxTrueCount,
            double maxPosterior,
            long worstPublished,
            int worstTrueCount,
            List<Long> smallPublishedValues) {

        public boolean protects() {
            return maxPosterior <= 0.5;
        }
    }

    private PosteriorCheck() {}

    /** The worse of the two key readings, over true counts 0..maxTrueCount. */
    public static Outcome of(PerturbationTable table, int threshold, int maxTrueCount) {
        if (maxTrueCount < 3 * threshold) {
            throw new IllegalArgumentException("the prior must reach at least 3T = " + 3 * threshold);
        }
        Outcome uniform = of(table, threshold, maxTrueCount, false);
        Outcome emptyCellsKeyZero = of(table, threshold, maxTrueCount, true);
        return uniform.maxPosterior() >= emptyCellsKeyZero.maxPosterior() ? uniform : emptyCellsKeyZero;
    }

    static Outcome of(PerturbationTable table, int threshold, int maxTrueCount, boolean emptyCellKeyIsZero) {
        Map<Long, long[]> weights = weights(table, maxTrueCount, emptyCellKeyIsZero);
        double max = 0;
        long worstPublished = -1;
        int worstCount = -1;
        List<Long> small = new ArrayList<>();
        for (Map.Entry<Long, long[]> entry : weights.entrySet()) {
            long[] byCount = entry.getValue();
            long total = 0;
            for (long w : byCount) {
                total += w;
            }
            for (int count = 0; count < threshold; count++) {
                double posterior = (double) byCount[count] / total;
                if (posterior > max) {
                    max = posterior;
                    worstPublished = entry.getKey();
                    worstCount = count;
                }
            }
            if (entry.getKey() > 0 && entry.getKey() < threshold) {
                small.add(entry.getKey());
            }
        }
        return new Outcome(threshold, maxTrueCount, max, worstPublished, worstCount, List.copyOf(small));
    }

    /** For each published value, how many (count, key) pairs publish it, by count: P(v | c) × 256. */
    private static Map<Long, long[]> weights(PerturbationTable table, int maxTrueCount, boolean emptyCellKeyIsZero) {
        Map<Long, long[]> weights = new TreeMap<>();
        for (int count = 0; count <= maxTrueCount; count++) {
            for (int key = 0; key < KeyedCount.KEYS; key++) {
                boolean onlyKeyZero = count == 0 && emptyCellKeyIsZero;
                if (onlyKeyZero && key != 0) {
                    continue;
                }
                long[] byCount = weights.computeIfAbsent(table.published(count, key), v -> new long[maxTrueCount + 1]);
                byCount[count] += onlyKeyZero ? KeyedCount.KEYS : 1;
            }
        }
        return weights;
    }
}
