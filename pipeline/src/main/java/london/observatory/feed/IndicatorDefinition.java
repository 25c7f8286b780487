package london.observatory.feed;

import java.util.List;

/** An indicator a feed produces, as held in the feed's descriptor (the catalogue entry). */
public record IndicatorDefinition(
        String id,
        String title,
        String theme,
        String description,
        String unit,
        String measureType,
        List<String> keywords) {

    public IndicatorDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
