package london.observatory.descriptor;

import java.util.List;

/**
 * An indicator a feed produces, as held in the feed's descriptor (the catalogue entry). {@code scale}
 * is what turns numerator ÷ denominator into the published value (100 for a percentage, 1000 for a rate
 * per 1,000); null for counts and scores. Roll-ups use it to recompute rates, never to average them.
 */
public record IndicatorDefinition(
        String id,
        String title,
        String theme,
        String description,
        String unit,
        String measureType,
        Double scale,
        List<String> keywords) {

    public IndicatorDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** True for a count: the only measure whose values may be shared out, summed and tallied. */
    public boolean isCount() {
        return "count".equals(measureType);
    }

    /** What numerator ÷ denominator is multiplied by: the scale, or 1 when none is given. */
    public double scaleOrOne() {
        return scale == null ? 1 : scale;
    }
}
