package london.observatory.geography;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import london.observatory.observation.Observation;

/**
 * A coarser area's value (MSOA, ward, borough) shared down to its LSOAs by Census 2021 population,
 * flagged {@code apportioned}. Optional, per feed: by default such values stay at their own level and
 * the {@code areas} hierarchy links them to LSOAs. Wards of every known vintage can be shared down; a
 * ward code that lives on across vintages uses its newest best fit.
 */
public final class ApportionDown {

    private ApportionDown() {}

    public static Crosswalk from(AreaLevel level, Geography geography) {
        Map<String, Map<String, Double>> weights = switch (level) {
            case MSOA21 -> byParent(geography, Area::msoa21Code);
            case LAD -> byParent(geography, Area::ladCode);
            case REGION -> byParent(geography, Area::regionCode);
            case WARD -> wardsOfEveryVintage(geography);
            default -> throw new IllegalArgumentException("cannot apportion down from " + level.code());
        };
        return Crosswalk.weighted(level.code(), SpineLink.APPORTIONED, Observation.FLAG_APPORTIONED, weights);
    }

    private static Map<String, Map<String, Double>> wardsOfEveryVintage(Geography geography) {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (int vintage : geography.wardVintages()) { // newest first: an older vintage never overrides
            Map<String, String> wardOf = geography.wardBestFit(vintage);
            byParent(geography, lsoa -> wardOf.get(lsoa.code())).forEach(weights::putIfAbsent);
        }
        return weights;
    }

    private static Map<String, Map<String, Double>> byParent(Geography geography, Function<Area, String> parentOf) {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (Area lsoa : geography.areas(AreaLevel.LSOA21)) {
            double people = lsoa.population() == null ? 0 : lsoa.population();
            weights.computeIfAbsent(parentOf.apply(lsoa), p -> new HashMap<>()).put(lsoa.code(), people);
        }
        return weights;
    }
}
