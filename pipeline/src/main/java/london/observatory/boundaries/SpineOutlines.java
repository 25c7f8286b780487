package london.observatory.boundaries;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.point.AreaBoundary;
import london.observatory.geography.point.GeoJsonBoundaries;
import org.locationtech.jts.geom.Geometry;

/**
 * The outline of every LSOA of the spine, from a GeoJSON file of LSOA 2021 boundaries. Outlines of LSOAs outside
 * the spine are left out (a file for all of England and Wales serves London), but every LSOA of the spine must
 * have exactly one: a map with holes, or with two shapes for one area, is not worth publishing.
 */
final class SpineOutlines {

    private SpineOutlines() {}

    static Map<String, Geometry> read(Path file, Geography geography) {
        Map<String, Geometry> outlines = new HashMap<>();
        for (AreaBoundary boundary : GeoJsonBoundaries.read(file)) {
            if (geography.isLsoa21(boundary.code()) && outlines.put(boundary.code(), boundary.outline()) != null) {
                throw new IllegalArgumentException(file + ": LSOA " + boundary.code() + " has two features");
            }
        }
        List<String> missing = geography.areas(AreaLevel.LSOA21).stream()
                .map(Area::code)
                .filter(code -> !outlines.containsKey(code))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": no outline for " + missing.size() + " of the spine's "
                    + geography.count(AreaLevel.LSOA21) + " LSOAs ("
                    + missing.stream().limit(5).collect(Collectors.joining(", "))
                    + (missing.size() > 5 ? ", …" : "") + "); it must hold the LSOA 2021 boundaries of the spine's"
                    + " areas, keyed by " + GeoJsonBoundaries.LSOA21_CODE);
        }
        return outlines;
    }
}
