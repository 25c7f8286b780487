package london.observatory.boundaries;

import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Dissolves LSOA outlines into one area's outline. ONS's LSOA boundaries tile London exactly (neighbours share
 * their edge vertex for vertex), and JTS's coverage union, which relies on that, dissolves them in a few dozen
 * milliseconds for all of London, against seconds for a general union. A file that does not tile (an overlap, a
 * slightly different shared edge) is caught by comparing areas: a coverage's union has exactly the area of its parts,
 * and an area where they differ, or whose result is not valid, is dissolved again by the general union.
 */
final class Dissolver {

    /** Relative: coverage union moves no vertex, so only floating-point summation separates the two areas. */
    private static final double AREA_AGREEMENT = 1e-9;

    private Dissolver() {}

    static Geometry dissolve(List<Geometry> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Geometry union = CoverageUnion.union(parts.toArray(Geometry[]::new));
        double partsArea = parts.stream().mapToDouble(Geometry::getArea).sum();
        if (union != null && union.isValid() && Math.abs(union.getArea() - partsArea) <= AREA_AGREEMENT * partsArea) {
            return union;
        }
        return UnaryUnionOp.union(parts);
    }
}
