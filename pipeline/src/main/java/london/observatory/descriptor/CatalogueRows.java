package london.observatory.descriptor;

import java.util.ArrayList;
import java.util.List;

/** The {@code indicators} table's rows, from the feed descriptors (columns in indicators.json order). */
public final class CatalogueRows {

    private CatalogueRows() {}

    public static List<Object[]> of(FeedCatalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (FeedDescriptor feed : catalog.feeds()) {
            for (IndicatorDefinition i : feed.indicators()) {
                rows.add(new Object[] {
                    i.id(),
                    i.title(),
                    i.theme(),
                    i.description(),
                    i.unit(),
                    i.measureType(),
                    i.scale(),
                    feed.source().family(),
                    feed.source().publisher(),
                    feed.licence(),
                    feed.source().webpage(),
                    feed.nativeGeography(),
                    feed.cadence(),
                    feed.nextRelease(),
                    feed.accessTier(),
                    String.join(",", i.keywords()),
                    feed.id(),
                    feed.lateAfterDays() == null ? null : feed.lateAfterDays().longValue()
                });
            }
        }
        return rows;
    }
}
