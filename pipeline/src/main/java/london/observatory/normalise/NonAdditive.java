package london.observatory.normalise;

/**
 * How a measure that does not add up (a score, a rank, a decile) settles the population-weighted mean of
 * several source areas meeting in one LSOA 2021. The mean is an estimate of the merged area's standing,
 * not a recomputation (the source ranked its own areas, not ours), so its observation is flagged
 * {@code estimated}; a rank or decile is then rounded to a whole one, since a published rank of 1,234.6 or
 * decile 4.5 would claim a precision the weighted mean does not have and would not be a rank or decile.
 */
public enum NonAdditive {
    /** An index or score: the weighted mean as it is. */
    SCORE,
    /** A rank: the weighted mean rounded to a whole rank (halves up). */
    RANK,
    /** A decile: the weighted mean rounded to a whole decile (halves up), kept within 1–10. */
    DECILE;

    /** The rule for an indicator's {@code measureType}; null for counts, rates and percentages. */
    public static NonAdditive of(String measureType) {
        return switch (measureType) {
            case "score" -> SCORE;
            case "rank" -> RANK;
            case "decile" -> DECILE;
            default -> null;
        };
    }

    /** The published value of a weighted mean of this measure. */
    public double settle(double weightedMean) {
        return switch (this) {
            case SCORE -> weightedMean;
            case RANK -> Math.max(1, Math.round(weightedMean));
            case DECILE -> Math.min(10, Math.max(1, Math.round(weightedMean)));
        };
    }
}
