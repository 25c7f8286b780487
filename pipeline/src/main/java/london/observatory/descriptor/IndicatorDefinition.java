package london.observatory.descriptor;

import java.util.List;

/**
 * An indicator a feed produces, as held in the feed's descriptor (the catalogue entry). {@code scale}
 * is what turns numerator ÷ denominator into the published value (100 for a percentage, 1000 for a rate
 * per 1,000); null for counts, scores, ranks and deciles. Roll-ups use it to recompute rates, never to
 * average them. Scores, ranks and deciles ({@link #isNonAdditive()}) are never summed or shared out: an
 * area's rank is not the sum of its parts' ranks, nor a part of its parent's. {@code rateOf} makes it a rate
 * derived at publish from two counts (only in a record-level feed, whose count is its numerator).
 */
public record IndicatorDefinition(
        String id,
        String title,
        String theme,
        String description,
        String unit,
        String measureType,
        Double scale,
        List<String> keywords,
        RateOf rateOf) {

    /** A rate made from the feed's own count and another feed's count of the same LSOA. */
    public record RateOf(String numerator, String denominator) {}

    public IndicatorDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** True for a count: the only measure whose values may be shared out, summed and tallied. */
    public boolean isCount() {
        return "count".equals(measureType);
    }

    /**
     * Measures that do not add up: a score (an index), and the ordinal {@code rank} and {@code decile}. Moved
     * onto LSOA 2021 by inheritance and population-weighted means, never by shares or sums.
     */
    public static final List<String> NON_ADDITIVE = List.of("score", "rank", "decile");

    /** True for a score, rank or decile: inherited by a split's parts, weighted-averaged over a merge's parents. */
    public boolean isNonAdditive() {
        return NON_ADDITIVE.contains(measureType);
    }

    /** What numerator ÷ denominator is multiplied by: the scale, or 1 when none is given. */
    public double scaleOrOne() {
        return scale == null ? 1 : scale;
    }
}
