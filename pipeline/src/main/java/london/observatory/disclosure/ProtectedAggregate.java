package london.observatory.disclosure;

/**
 * An open figure above an LSOA: the sum of the protected values of its LSOAs, whether it was perturbed
 * (any of its LSOA values may differ from the true count), and the half-width of its band: about 95% of
 * such sums lie within {@code value ± band} of the true total. The band is 1.96 standard deviations of a
 * sum of independent perturbations, each bounded by its LSOA's band variance, so it errs wide.
 */
public record ProtectedAggregate(long value, boolean perturbed, double band, int lsoas) {

    /** The normal quantile of a two-sided 95% band. */
    public static final double Z_95 = 1.96;

    public static final ProtectedAggregate NOTHING = new ProtectedAggregate(0, false, 0, 0);

    /** The aggregate of the given LSOA values, each counted once: callers pass distinct LSOAs, in a fixed order. */
    static ProtectedAggregate sum(Iterable<ProtectedValue> values) {
        long sum = 0;
        double variance = 0;
        boolean perturbed = false;
        int lsoas = 0;
        for (ProtectedValue value : values) {
            sum = Math.addExact(sum, value.value());
            variance += value.bandVariance();
            perturbed |= value.perturbed();
            lsoas++;
        }
        return new ProtectedAggregate(sum, perturbed, Z_95 * Math.sqrt(variance), lsoas);
    }
}
