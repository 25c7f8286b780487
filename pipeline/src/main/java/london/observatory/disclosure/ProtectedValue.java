package london.observatory.disclosure;

/**
 * An LSOA cell as the open release publishes it: the perturbed count, and its band variance (the
 * largest perturbation variance of any true count that publishes this value; see {@link BandVariances}).
 * Both depend on the published value alone. Band variances add up over areas, so a store can keep them
 * beside the values and roll both up with plain sums: the band of a sum is 1.96 × √(sum of variances).
 */
public record ProtectedValue(long value, double bandVariance) {

    public ProtectedValue {
        if (value < 0 || bandVariance < 0 || Double.isNaN(bandVariance)) {
            throw new IllegalArgumentException("a protected value is a count ≥ 0 with a variance ≥ 0, not " + value
                    + " ± variance " + bandVariance);
        }
    }

    /** Whether this value may differ from the true count. */
    public boolean perturbed() {
        return bandVariance > 0;
    }
}
