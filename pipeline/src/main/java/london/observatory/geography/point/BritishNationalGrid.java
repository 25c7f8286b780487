package london.observatory.geography.point;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 latitude/longitude to and from British National Grid (EPSG:27700) easting/northing, by proj4j
 * with EPSG's seven-parameter Helmert datum shift. That is within a few metres of Ordnance Survey's
 * definitive OSTN15 transformation: ample for placing a point in an LSOA, not for surveying.
 *
 * <p>Thread-safe: proj4j's transforms keep scratch state, so each thread gets its own pair.
 */
public final class BritishNationalGrid {

    /** EPSG:27700 as PROJ defines it, with the Helmert parameters of EPSG transformation 1314. */
    static final String EPSG_27700 = "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000"
            + " +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";

    static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

    /** The grid's published extent (EPSG:27700 bounds): coordinates outside it are not grid references. */
    public static final double MAX_EASTING = 700_000;

    public static final double MAX_NORTHING = 1_300_000;

    /** A position on the grid, in metres. */
    public record EastingNorthing(double easting, double northing) {}

    /** A WGS84 position, in degrees. */
    public record LatLon(double lat, double lon) {}

    private record Transforms(CoordinateTransform toGrid, CoordinateTransform toWgs84) {}

    private final ThreadLocal<Transforms> transforms = ThreadLocal.withInitial(BritishNationalGrid::newTransforms);

    /** Everything per thread, down to the CRS objects: proj4j promises no thread safety for any of them. */
    private static Transforms newTransforms() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem grid = crs.createFromParameters("EPSG:27700", EPSG_27700);
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("EPSG:4326", WGS84);
        CoordinateTransformFactory factory = new CoordinateTransformFactory();
        return new Transforms(factory.createTransform(wgs84, grid), factory.createTransform(grid, wgs84));
    }

    public EastingNorthing toGrid(double lat, double lon) {
        ProjCoordinate out = transforms.get().toGrid().transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
        return new EastingNorthing(out.x, out.y);
    }

    public LatLon toWgs84(double easting, double northing) {
        ProjCoordinate out =
                transforms.get().toWgs84().transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return new LatLon(out.y, out.x);
    }

    /** Whether (easting, northing) lies within the grid's extent; NaN and infinities do not. */
    public static boolean isOnGrid(double easting, double northing) {
        return easting >= 0 && easting <= MAX_EASTING && northing >= 0 && northing <= MAX_NORTHING;
    }
}
