package london.observatory.geography;

/**
 * Splits a whole count into whole shares that add up to exactly the count (Hamilton's method):
 * each share is floored, then the units left over go to the largest fractional remainders, ties
 * to the lower index. Rounding each share separately would create or lose people.
 *
 * <p>Negative totals are handled symmetrically: {@code apportion(-t, w)} is {@code -apportion(t, w)}.
 */
public final class LargestRemainder {

    /** Beyond 2^53 a double cannot hold every whole number, so shares could no longer be exact. */
    static final long MAX_TOTAL = 1L << 53;

    private LargestRemainder() {}

    public static long[] apportion(long total, double[] weights) {
        long[] shares = new long[weights.length];
        apportion(total, weights, shares);
        return shares;
    }

    /**
     * Allocation-free variant for hot paths: writes the shares into {@code shares[0..weights.length)}.
     * Weights must be finite, non-negative and not all zero; they need not sum to 1.
     */
    public static void apportion(long total, double[] weights, long[] shares) {
        if (shares.length < weights.length) {
            throw new IllegalArgumentException(
                    "shares has " + shares.length + " slots for " + weights.length + " weights");
        }
        if (total > MAX_TOTAL || total < -MAX_TOTAL) {
            throw new IllegalArgumentException("total " + total + " is beyond ±2^53, where shares cannot be exact");
        }
        double sum = weightSum(weights);
        long magnitude = Math.abs(total);
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = (long) Math.floor(exact(magnitude, weights, i, sum));
            assigned += shares[i];
        }
        settle(magnitude, assigned, weights, sum, shares);
        if (total < 0) {
            for (int i = 0; i < weights.length; i++) {
                shares[i] = -shares[i];
            }
        }
    }

    private static double weightSum(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double sum = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, found " + weight);
            }
            sum += weight;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights are all zero");
        }
        return sum;
    }

    private static double exact(long total, double[] weights, int i, double sum) {
        return total * (weights[i] / sum);
    }

    /**
     * Hands out the units left after flooring, largest remainder first. Floating-point error can
     * leave the floors a unit over or under in rare cases, so this also takes units back (smallest
     * remainder first) rather than assuming 0 ≤ leftover < n.
     */
    private static void settle(long total, long assigned, double[] weights, double sum, long[] shares) {
        for (; assigned < total; assigned++) {
            shares[pick(total, weights, sum, shares, true)]++;
        }
        for (; assigned > total; assigned--) {
            shares[pick(total, weights, sum, shares, false)]--;
        }
    }

    /** Index with the largest (or smallest) remainder {@code exact - share}; ties go to the lower index. */
    private static int pick(long total, double[] weights, double sum, long[] shares, boolean largest) {
        int best = -1;
        double bestRemainder = 0;
        for (int i = 0; i < weights.length; i++) {
            // A zero weight never receives a unit, and a share is never taken below zero.
            if (largest ? weights[i] == 0 : shares[i] == 0) {
                continue;
            }
            double remainder = exact(total, weights, i, sum) - shares[i];
            if (best < 0 || (largest ? remainder > bestRemainder : remainder < bestRemainder)) {
                best = i;
                bestRemainder = remainder;
            }
        }
        return best;
    }
}
