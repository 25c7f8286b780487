package london.observatory.geography;

/**
 * One area of the spine with its parents. Parent codes that do not apply to the level are null
 * (an MSOA has no ward, a borough has no MSOA). {@code population} is Census 2021 usual residents,
 * summed up the hierarchy; null when any LSOA beneath it has no population. {@code wardVintages} lists
 * the ward vintages a ward code belongs to ({@code "2018,2022"}), null for other levels.
 */
public record Area(
        String code,
        String name,
        AreaLevel level,
        String msoa21Code,
        String wardCode,
        String ladCode,
        String regionCode,
        Long population,
        String wardVintages) {}
