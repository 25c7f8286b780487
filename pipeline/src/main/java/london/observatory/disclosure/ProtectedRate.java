package london.observatory.disclosure;

/**
 * A rate whose numerator is a protected count (households on the register per 1,000 residents, say) and
 * whose denominator is public and exact (a population). Its band is the numerator's band on the same
 * scale. A rate is never worked out from a true count: that would undo the protection of the numerator.
 */
public record ProtectedRate(double value, boolean perturbed, double band) {

    /**
     * {@code numerator / denominator × scale} (scale 1 for a proportion, 100 for a percentage, 1,000 for a
     * rate per thousand).
     */
    public static ProtectedRate of(ProtectedAggregate numerator, double denominator, double scale) {
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("a rate needs a positive denominator, not " + denominator);
        }
        double factor = scale / denominator;
        return new ProtectedRate(numerator.value() * factor, numerator.perturbed(), numerator.band() * factor);
    }
}
