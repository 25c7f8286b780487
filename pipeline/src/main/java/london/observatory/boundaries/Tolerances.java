package london.observatory.boundaries;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import london.observatory.geography.AreaLevel;

/**
 * How far each level's outlines are simplified, in degrees (lon/lat, as the files are): the distance tolerance
 * of JTS's coverage simplification, which removes a vertex when the triangle it makes with its neighbours is
 * smaller than the tolerance squared. At London's latitude 0.0001° is about 7 m east–west and 11 m north–south.
 * The LSOA file is the one held to a size (0.5 MB gzipped, what a map downloads before it draws), so its tolerance
 * is what meets that; the coarser levels have far fewer edges and keep more of their detail for little size.
 */
public record Tolerances(Map<AreaLevel, Double> degrees) {

    /**
     * Measured on the real London LSOAs (README, "Map boundaries"): the LSOA file is 450 KB gzipped, 10% under
     * 0.5 MB, and outlines still follow streets and the river at borough zoom.
     */
    public static final Tolerances STANDARD = new Tolerances(Map.of(
            AreaLevel.LSOA21, 0.0006,
            AreaLevel.MSOA21, 0.0004,
            AreaLevel.WARD, 0.0004,
            AreaLevel.LAD, 0.0002));

    public Tolerances {
        degrees = Collections.unmodifiableMap(new EnumMap<>(degrees));
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            Double tolerance = degrees.get(level);
            if (tolerance == null || !(tolerance >= 0)) {
                throw new IllegalArgumentException(
                        "a simplification tolerance of 0 or more degrees for " + level.code() + ", not " + tolerance);
            }
        }
    }

    public double of(AreaLevel level) {
        return degrees.get(level);
    }

    /** {@code 0.0004}, not {@code 4.0E-4}. */
    static String text(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }
}
