package london.observatory.boundaries;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Simplifies the outlines of areas that tile London together, then rounds them to 5 decimal places (about 1 m).
 * Simplifying the areas one by one would move each side of a shared edge differently and leave slivers and
 * overlaps between neighbours, visible as white or dark seams on a choropleth; JTS's coverage simplification
 * simplifies each shared edge once, for both its areas. The rounding keeps the files small (a coordinate of 5
 * decimals instead of 15). Each vertex is rounded on its own, so a vertex two neighbours share is rounded the same
 * in both and their edge stays shared; the rare outline that this makes invalid (a thin part whose sides round onto
 * each other) is rounded again by the precision reducer, which repairs it, so none is ever written broken.
 */
final class CoverageSimplification {

    /** 10⁵ units per degree: 5 decimal places, 1.1 m north–south, 0.7 m east–west in London. */
    static final PrecisionModel FIVE_DECIMALS = new PrecisionModel(100_000);

    private CoverageSimplification() {}

    /** The outlines in the same order, simplified with {@code tolerance} degrees and rounded; each valid. */
    static Geometry[] simplify(Geometry[] coverage, double tolerance, String[] codes) {
        Geometry[] simplified = tolerance > 0 ? CoverageSimplifier.simplify(coverage, tolerance) : coverage;
        Geometry[] rounded = new Geometry[simplified.length];
        for (int i = 0; i < simplified.length; i++) {
            Geometry outline = GeometryPrecisionReducer.reducePointwise(simplified[i], FIVE_DECIMALS);
            if (!outline.isValid()) {
                outline = GeometryPrecisionReducer.reduce(simplified[i], FIVE_DECIMALS); // valid, by contract
            }
            if (outline.isEmpty() || !(outline instanceof Polygonal)) {
                throw new IllegalStateException("area " + codes[i] + ": nothing of its outline is left once simplified"
                        + " with tolerance " + Tolerances.text(tolerance) + "° and rounded; lower the tolerance");
            }
            rounded[i] = outline;
        }
        return rounded;
    }
}
