package london.observatory.search;

import java.util.ArrayList;
import java.util.List;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;

/**
 * An indicator as search sees it: the catalogue entry's words, and who publishes it. {@code source} is the
 * feed's title and source family ({@code Claimant count (Nomis NM_162_1) nomis}), so a search for the
 * dataset or the system it comes from ({@code Stat-Xplore}, {@code Fingertips}) finds it.
 */
public record IndicatorEntry(
        String id,
        String title,
        String description,
        List<String> keywords,
        String unit,
        String theme,
        String publisher,
        String source) {

    public IndicatorEntry {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Every indicator of every feed in {@code catalog}, in the catalogue's order. */
    public static List<IndicatorEntry> all(FeedCatalog catalog) {
        List<IndicatorEntry> entries = new ArrayList<>();
        for (FeedDescriptor feed : catalog.feeds()) {
            for (IndicatorDefinition indicator : feed.indicators()) {
                entries.add(of(feed, indicator));
            }
        }
        return entries;
    }

    static IndicatorEntry of(FeedDescriptor feed, IndicatorDefinition indicator) {
        return new IndicatorEntry(
                indicator.id(),
                indicator.title(),
                indicator.description(),
                indicator.keywords(),
                indicator.unit(),
                // Themes are identifiers (mental_health); as words they read "mental health".
                indicator.theme() == null ? null : indicator.theme().replace('_', ' '),
                feed.source().publisher(),
                feed.title() + " " + feed.source().family());
    }
}
