package london.observatory.normalise;

/**
 * The one way a rate or percentage is computed from its parts: numerator ÷ denominator × scale, the same
 * arithmetic, in the same order, as the roll-up view, so a published value and its recomputation agree
 * to the last bit.
 */
public final class RateParts {

    private RateParts() {}

    /** The value, or null when a part is unknown or the denominator is zero (no one to divide among). */
    public static Double value(Double numerator, Double denominator, double scale) {
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return numerator / denominator * scale;
    }
}
