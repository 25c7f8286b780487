package london.observatory.geography;

import java.util.HashMap;
import java.util.Map;
import london.observatory.observation.Observation;

/**
 * A coarser area's value (MSOA, ward, borough) shared down to its LSOAs by Census 2021 population,
 * flagged {@code apportioned}. Optional, per feed: by default such values stay at their own level and
 * the {@code areas} hierarchy links them to LSOAs.
 */
public final class ApportionDown {

    private ApportionDown() {
    }

    public static Crosswalk from(AreaLevel level, Geography geography) {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (Area lsoa : geography.areas(AreaLevel.LSOA21)) {
            String parent = switch (level) {
                case MSOA21 -> lsoa.msoa21Code();
                case WARD -> lsoa.wardCode();
                case LAD -> lsoa.ladCode();
                case REGION -> lsoa.regionCode();
                default -> throw new IllegalArgumentException("cannot apportion down from " + level.code());
            };
            double people = lsoa.population() == null ? 0 : lsoa.population();
            weights.computeIfAbsent(parent, p -> new HashMap<>()).put(lsoa.code(), people);
        }
        return Crosswalk.weighted(level.code(), SpineLink.APPORTIONED, Observation.FLAG_APPORTIONED, weights);
    }
}
