package london.observatory.geography.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonBoundariesTest {

    @Test
    void readsPolygonsWithHolesAndMultiPolygonsInFileOrder() {
        List<AreaBoundary> boundaries = GeoJsonBoundaries.read(BoundaryFixtures.file(BoundaryFixtures.SQUARES));

        assertThat(boundaries)
                .extracting(AreaBoundary::code)
                .containsExactly(BoundaryFixtures.WEST, BoundaryFixtures.EAST, BoundaryFixtures.TWO_PARTS);
        Polygon west = (Polygon) boundaries.get(0).outline();
        assertThat(west.getNumInteriorRing()).isEqualTo(1);
        assertThat(west.getArea()).isCloseTo(0.1 * 0.1 - 0.02 * 0.02, Offset.offset(1e-12));
        assertThat(boundaries.get(2).outline()).isInstanceOf(MultiPolygon.class);
        assertThat(boundaries.get(2).outline().getNumGeometries()).isEqualTo(2);
    }

    @Test
    void theCodePropertyIsAParameter() {
        assertThat(GeoJsonBoundaries.read(BoundaryFixtures.file(BoundaryFixtures.SQUARES), "LSOA21NM"))
                .extracting(AreaBoundary::code)
                .containsExactly("West with hole", "East", "Two parts");
    }

    @Test
    void anUnclosedRingNamesTheFileTheFeatureAndItsCode() {
        Path file = BoundaryFixtures.file("unclosed-ring.geojson");
        assertThatThrownBy(() -> GeoJsonBoundaries.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": feature 2 (line 4, LSOA21CD E01000002): ring of 4 positions is not closed"
                        + " (needs at least 4, the last equal to the first)");
    }

    @Test
    void truncatedJsonNamesTheFileAndLine() {
        Path file = BoundaryFixtures.file("truncated.geojson");
        assertThatThrownBy(() -> GeoJsonBoundaries.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": malformed JSON: ")
                .hasMessageContaining("end-of-input")
                .hasMessageEndingWith(" at line 4");
    }

    @Test
    void aFeatureWithoutTheCodePropertyIsRejected() {
        Path file = BoundaryFixtures.file("missing-code.geojson");
        assertThatThrownBy(() -> GeoJsonBoundaries.read(file))
                .hasMessage(file + ": feature 1 (line 2): no string property LSOA21CD");
    }

    @Test
    void aPointIsNotAnArea() {
        Path file = BoundaryFixtures.file("point-geometry.geojson");
        assertThatThrownBy(() -> GeoJsonBoundaries.read(file))
                .hasMessage(file + ": feature 1 (line 2, LSOA21CD E01000001): geometry type 'Point' is not Polygon"
                        + " or MultiPolygon");
    }

    @Test
    void boundariesInGridMetresAreRefused() {
        Path file = BoundaryFixtures.file("british-national-grid.geojson");
        assertThatThrownBy(() -> GeoJsonBoundaries.read(file))
                .hasMessage(file + ": coordinate reference system urn:ogc:def:crs:EPSG::27700 is not lon/lat (CRS84);"
                        + " reproject the file first");
    }
}
