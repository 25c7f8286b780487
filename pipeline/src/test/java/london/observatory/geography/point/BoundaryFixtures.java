package london.observatory.geography.point;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written GeoJSON files under {@code fixtures/boundaries/}. */
final class BoundaryFixtures {

    /** West square (hole in the middle), east square sharing its edge, and a two-part area. */
    static final String SQUARES = "squares.geojson";

    static final String WEST = "E01000002";
    static final String EAST = "E01000001";
    static final String TWO_PARTS = "E01000003";

    private BoundaryFixtures() {}

    static Path file(String name) {
        try {
            return Path.of(BoundaryFixtures.class
                    .getResource("/fixtures/boundaries/" + name)
                    .toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static BoundaryIndex squares() {
        return new BoundaryIndex(GeoJsonBoundaries.read(file(SQUARES)));
    }
}
