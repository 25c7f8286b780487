package london.observatory.feed;

import java.util.List;

/**
 * One feed, as described by its descriptor in {@code schemas/.../observatory/feeds/<id>.json}:
 * where it comes from, what columns it must have, and the indicators it produces.
 */
public record FeedDescriptor(
        String id,
        String title,
        String format,
        FeedSource source,
        List<String> columns,
        double maxBadRowShare,
        String licence,
        String cadence,
        String nativeGeography,
        String accessTier,
        List<IndicatorDefinition> indicators) {

    public FeedDescriptor {
        columns = List.copyOf(columns);
        indicators = List.copyOf(indicators);
        accessTier = accessTier == null ? "open" : accessTier;
    }

    /** The same feed fetched from another place (configuration override). */
    public FeedDescriptor withUrl(String url) {
        return new FeedDescriptor(id, title, format, source.withUrl(url), columns, maxBadRowShare, licence, cadence,
                nativeGeography, accessTier, indicators);
    }
}
