package london.observatory.geography.point;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/** One area's code and its outline (a Polygon or MultiPolygon, holes included) in lon/lat degrees. */
public record AreaBoundary(String code, Geometry outline) {

    public AreaBoundary {
        Objects.requireNonNull(code, "code");
        if (!(outline instanceof Polygonal)) {
            throw new IllegalArgumentException(code + ": outline must be a Polygon or MultiPolygon, not "
                    + (outline == null ? "null" : outline.getGeometryType()));
        }
    }
}
