package london.observatory.geography.point;

import java.nio.file.Path;
import london.observatory.geography.Reconciliation;

/**
 * Places a record given as a point, WGS84 latitude/longitude or British National Grid easting/northing,
 * in its LSOA 2021, and accounts for it in the feed's {@link Reconciliation}: matched with the value it
 * carried, or unmatched as {@link Reconciliation#INVALID} (not a coordinate: NaN, latitude outside
 * [-90, 90], longitude outside [-180, 180], a grid reference off the grid) or
 * {@link Reconciliation#OUTSIDE_LONDON} (a real place no London LSOA contains). The offending coordinates
 * are kept as the unmatched "code" so the report shows where the strays are.
 *
 * <p>Safe to share between threads, like the index and the grid transformation it uses.
 */
public final class PointLocator {

    private final BoundaryIndex index;
    private final BritishNationalGrid grid = new BritishNationalGrid();

    public PointLocator(BoundaryIndex index) {
        this.index = index;
    }

    /** A locator over the LSOA 2021 boundaries of a GeoJSON file (code in property {@code LSOA21CD}). */
    public static PointLocator load(Path lsoa21GeoJson) {
        return new PointLocator(new BoundaryIndex(GeoJsonBoundaries.read(lsoa21GeoJson)));
    }

    public BoundaryIndex index() {
        return index;
    }

    /** As {@link #locateLatLon(double, double, Double, Reconciliation)} for a record without a value. */
    public String locateLatLon(double lat, double lon, Reconciliation reconciliation) {
        return locateLatLon(lat, lon, null, reconciliation);
    }

    /** The LSOA 2021 containing (lat, lon), or null; either way the record is tallied with its value. */
    public String locateLatLon(double lat, double lon, Double value, Reconciliation reconciliation) {
        if (!isLatLon(lat, lon)) {
            reconciliation.unmatched(Reconciliation.INVALID, lat + "," + lon, value);
            return null;
        }
        return tally(index.locate(lon, lat), lat + "," + lon, value, reconciliation);
    }

    /** As {@link #locateBng(double, double, Double, Reconciliation)} for a record without a value. */
    public String locateBng(double easting, double northing, Reconciliation reconciliation) {
        return locateBng(easting, northing, null, reconciliation);
    }

    /** The LSOA 2021 containing grid reference (easting, northing), or null; the record is tallied. */
    public String locateBng(double easting, double northing, Double value, Reconciliation reconciliation) {
        String where = "E" + easting + " N" + northing;
        if (!BritishNationalGrid.isOnGrid(easting, northing)) {
            reconciliation.unmatched(Reconciliation.INVALID, where, value);
            return null;
        }
        BritishNationalGrid.LatLon wgs84 = grid.toWgs84(easting, northing);
        return tally(index.locate(wgs84.lon(), wgs84.lat()), where, value, reconciliation);
    }

    private static String tally(String lsoa, String where, Double value, Reconciliation reconciliation) {
        if (lsoa == null) {
            reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON, where, value);
        } else {
            reconciliation.matched(value);
        }
        return lsoa;
    }

    /** NaN fails every comparison, so it is rejected here too. */
    static boolean isLatLon(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
