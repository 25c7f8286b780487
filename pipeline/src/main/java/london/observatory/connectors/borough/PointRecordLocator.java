package london.observatory.connectors.borough;

import london.observatory.geography.Reconciliation;
import london.observatory.geography.point.PointLocator;
import london.observatory.source.Cell;

/** Places a record by its coordinates: grid easting and northing, or latitude and longitude. */
final class PointRecordLocator implements RecordLocator {

    private final PointLocator points;
    private final boolean grid;

    PointRecordLocator(PointLocator points, boolean grid) {
        this.points = points;
        this.grid = grid;
    }

    @Override
    public String locate(String first, String second, Reconciliation reconciliation) {
        Double a = number(first);
        Double b = number(second);
        if (a == null || b == null) {
            reconciliation.unmatched(Reconciliation.INVALID, null, 1.0);
            return null;
        }
        return grid ? points.locateBng(a, b, 1.0, reconciliation) : points.locateLatLon(a, b, 1.0, reconciliation);
    }

    private static Double number(String text) {
        Cell cell = Cell.parse(text);
        return cell.valid() ? cell.value() : null;
    }
}
