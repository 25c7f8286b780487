package london.observatory.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The indicator catalogue is complete: every feed in {@code feeds/index.txt}, and every indicator it
 * produces, says what it is, where it comes from, under what licence, at what geography, how often and
 * when next. These are the {@code indicators} table's columns a user reads to judge a number, and a blank
 * there is a catalogue defect, so the whole catalogue is checked rather than a sample of it.
 */
class FeedCatalogTest {

    private static final Map<String, Function<FeedDescriptor, String>> FEED_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<IndicatorDefinition, String>> INDICATOR_FIELDS = new LinkedHashMap<>();

    static {
        FEED_FIELDS.put("source family", f -> f.source().family());
        FEED_FIELDS.put("publisher", f -> f.source().publisher());
        FEED_FIELDS.put("licence", FeedDescriptor::licence);
        FEED_FIELDS.put("source url", f -> f.source().url());
        FEED_FIELDS.put("webpage", f -> f.source().webpage());
        FEED_FIELDS.put("native geography", FeedDescriptor::nativeGeography);
        FEED_FIELDS.put("cadence", FeedDescriptor::cadence);
        FEED_FIELDS.put("next release", FeedDescriptor::nextRelease);
        INDICATOR_FIELDS.put("id", IndicatorDefinition::id);
        INDICATOR_FIELDS.put("title", IndicatorDefinition::title);
        INDICATOR_FIELDS.put("theme", IndicatorDefinition::theme);
        INDICATOR_FIELDS.put("description", IndicatorDefinition::description);
        INDICATOR_FIELDS.put("unit", IndicatorDefinition::unit);
        INDICATOR_FIELDS.put("measure type", IndicatorDefinition::measureType);
    }

    @Test
    void everyFeedAndIndicatorInTheCatalogueHasEveryCatalogueField() {
        List<FeedDescriptor> feeds = FeedCatalog.load(Map.of()).feeds();
        List<String> blank = new ArrayList<>();
        for (FeedDescriptor feed : feeds) {
            FEED_FIELDS.forEach((field, get) -> {
                if (isBlank(get.apply(feed))) {
                    blank.add(feed.id() + ": " + field);
                }
            });
            assertThat(feed.indicators()).as(feed.id() + " indicators").isNotEmpty();
            for (IndicatorDefinition indicator : feed.indicators()) {
                INDICATOR_FIELDS.forEach((field, get) -> {
                    if (isBlank(get.apply(indicator))) {
                        blank.add(feed.id() + " / " + indicator.id() + ": " + field);
                    }
                });
            }
        }

        assertThat(feeds)
                .extracting(FeedDescriptor::id)
                .contains("mhclg-hclic-initial-assessments", "camden-housing-register")
                .hasSize(FeedCatalog.feedIds().size());
        assertThat(blank).isEmpty();
    }

    @Test
    void indicatorIdsAreUniqueAcrossTheCatalogueAndThemesAndMeasureTypesAreKnown() {
        List<IndicatorDefinition> indicators = FeedCatalog.load(Map.of()).feeds().stream()
                .flatMap(f -> f.indicators().stream())
                .toList();

        assertThat(indicators).extracting(IndicatorDefinition::id).doesNotHaveDuplicates();
        assertThat(indicators)
                .extracting(IndicatorDefinition::theme)
                .allMatch(t -> List.of("housing", "jobs", "debt", "mental_health", "population")
                        .contains(t));
        assertThat(indicators)
                .extracting(IndicatorDefinition::measureType)
                .allMatch(t -> List.of("count", "rate", "percentage", "score", "rank", "decile")
                        .contains(t));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
