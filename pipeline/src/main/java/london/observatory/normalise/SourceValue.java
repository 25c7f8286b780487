package london.observatory.normalise;

/**
 * A value as read from a source row, before it is placed: the published value (null when withheld, with
 * the marker saying how), and the rate parts and confidence interval when the source gives them.
 */
public record SourceValue(
        Double value, Double numerator, Double denominator, Double ciLower, Double ciUpper, String marker) {

    public static SourceValue count(Double value, String marker) {
        return new SourceValue(value, null, null, null, null, marker);
    }
}
