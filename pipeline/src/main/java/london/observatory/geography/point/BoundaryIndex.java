package london.observatory.geography.point;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds which area contains a point: an STR-tree over the areas' bounding boxes narrows the search to
 * a handful of candidates, and each candidate's own indexed point-in-area test decides.
 *
 * <p>Which area a point belongs to when more than one could claim it: an area whose interior contains
 * the point wins over one that only has the point on its boundary; among equals (a point on an edge or
 * vertex shared by neighbours, or areas that overlap) the smallest code in string order wins. The
 * answer therefore never depends on the order of the file or the layout of the tree.
 *
 * <p>Safe for concurrent lookups once constructed: the tree is built here, never changed afterwards,
 * and JTS builds each locator's own index lazily under a lock.
 */
public final class BoundaryIndex {

    private record Area(String code, IndexedPointInAreaLocator locator) {}

    private final STRtree tree = new STRtree();
    private final int size;
    private final Envelope extent = new Envelope();

    public BoundaryIndex(List<AreaBoundary> boundaries) {
        for (AreaBoundary boundary : boundaries) {
            Envelope box = boundary.outline().getEnvelopeInternal();
            tree.insert(box, new Area(boundary.code(), new IndexedPointInAreaLocator(boundary.outline())));
            extent.expandToInclude(box);
        }
        tree.build(); // built now, so lookups from several threads only ever read it
        this.size = boundaries.size();
    }

    /** The code of the area containing (lon, lat), or null when none does. */
    public String locate(double lon, double lat) {
        Coordinate point = new Coordinate(lon, lat);
        String interior = null;
        String boundary = null;
        for (Object candidate : tree.query(new Envelope(point))) {
            Area area = (Area) candidate;
            int location = area.locator().locate(point);
            if (location == Location.INTERIOR) {
                interior = smaller(interior, area.code());
            } else if (location == Location.BOUNDARY) {
                boundary = smaller(boundary, area.code());
            }
        }
        return interior != null ? interior : boundary;
    }

    public int size() {
        return size;
    }

    /** The bounding box of all areas, in lon/lat. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    private static String smaller(String current, String code) {
        return current == null || code.compareTo(current) < 0 ? code : current;
    }
}
