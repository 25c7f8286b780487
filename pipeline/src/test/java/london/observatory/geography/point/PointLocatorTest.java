package london.observatory.geography.point;

import static london.observatory.geography.point.BoundaryFixtures.EAST;
import static london.observatory.geography.point.BoundaryFixtures.TWO_PARTS;
import static london.observatory.geography.point.BoundaryFixtures.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import london.observatory.geography.Reconciliation;
import org.junit.jupiter.api.Test;

class PointLocatorTest {

    private final PointLocator locator = new PointLocator(BoundaryFixtures.squares());
    private final BritishNationalGrid grid = new BritishNationalGrid();
    private final Reconciliation reconciliation = new Reconciliation("point");

    @Test
    void latLonPointsAreMatchedOrTalliedWithTheirReasonAndValue() {
        assertThat(locator.locateLatLon(51.52, -0.18, 10.0, reconciliation)).isEqualTo(WEST);
        assertThat(locator.locateLatLon(51.55, -0.05, 20.0, reconciliation)).isEqualTo(EAST);
        assertThat(locator.locateLatLon(51.55, 0.35, 30.0, reconciliation)).isEqualTo(TWO_PARTS);
        assertThat(locator.locateLatLon(51.55, -0.15, 1.0, reconciliation)).isNull(); // in the hole
        assertThat(locator.locateLatLon(48.85, 2.35, 2.0, reconciliation)).isNull(); // Paris
        assertThat(locator.locateLatLon(91, -0.1, 4.0, reconciliation)).isNull();
        assertThat(locator.locateLatLon(51.5, -180.5, 8.0, reconciliation)).isNull();
        assertThat(locator.locateLatLon(Double.NaN, -0.1, 16.0, reconciliation)).isNull();
        assertThat(locator.locateLatLon(51.55, -0.05, reconciliation)).isEqualTo(EAST); // no value

        assertThat(reconciliation.recordsIn()).isEqualTo(9);
        assertThat(reconciliation.recordsMatched()).isEqualTo(4);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(2);
        assertThat(reconciliation.unmatched(Reconciliation.INVALID)).isEqualTo(3);
        assertThat(reconciliation.valueIn()).isEqualTo(91.0);
        assertThat(reconciliation.valueUnmatched()).isEqualTo(31.0);
        assertThat(reconciliation.lines())
                .filteredOn(line -> Reconciliation.INVALID.equals(line.reason()))
                .singleElement()
                .extracting(Reconciliation.Line::topCodes)
                .asList()
                .containsExactly("51.5,-180.5 (1)", "91.0,-0.1 (1)", "NaN,-0.1 (1)");
    }

    @Test
    void gridReferencesAreConvertedThenLocated() {
        BritishNationalGrid.EastingNorthing east = grid.toGrid(51.55, -0.05);
        BritishNationalGrid.EastingNorthing hole = grid.toGrid(51.55, -0.15);

        assertThat(locator.locateBng(east.easting(), east.northing(), 5.0, reconciliation))
                .isEqualTo(EAST);
        assertThat(locator.locateBng(hole.easting(), hole.northing(), reconciliation))
                .isNull();
        assertThat(locator.locateBng(-10, 180_000, 7.0, reconciliation)).isNull();
        assertThat(locator.locateBng(530_000, Double.NaN, reconciliation)).isNull();

        assertThat(reconciliation.recordsMatched()).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.INVALID)).isEqualTo(2);
        assertThat(reconciliation.valueIn()).isCloseTo(12.0, within(1e-12));
        assertThat(reconciliation.valueUnmatched()).isCloseTo(7.0, within(1e-12));
    }
}
