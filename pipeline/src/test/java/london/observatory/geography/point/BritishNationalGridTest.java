package london.observatory.geography.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BritishNationalGridTest {

    private final BritishNationalGrid grid = new BritishNationalGrid();

    @Test
    void wgs84ToGridAndBackIsWithinAMillionthOfADegree() {
        double[][] places = {{51.5074, -0.1278}, {51.28, -0.51}, {51.69, 0.33}, {49.92, -6.3}, {60.13, -2.07}};
        for (double[] place : places) {
            BritishNationalGrid.EastingNorthing en = grid.toGrid(place[0], place[1]);
            BritishNationalGrid.LatLon back = grid.toWgs84(en.easting(), en.northing());
            assertThat(back.lat()).as("lat of %s", en).isCloseTo(place[0], within(1e-6));
            assertThat(back.lon()).as("lon of %s", en).isCloseTo(place[1], within(1e-6));
        }
    }

    /**
     * Ordnance Survey's test point TP09 (in Lambeth), from the OSTN15 developer pack files
     * OSTN15_OSGM15_TestInput_ETRStoOSGB.txt / ..._TestOutput_ETRStoOSGB.txt
     * (https://www.ordnancesurvey.co.uk/geodesy-positioning/coordinate-transformations/resources):
     * ETRS89 51.48936564950 N, 0.11992557180 W is E 530624.974, N 178388.464 by OSTN15. ETRS89 and WGS84
     * agree to well under a metre; the Helmert shift is expected within a few metres of OSTN15 (OS
     * quotes up to about 5 m across Great Britain): here it is within 2 m.
     */
    @Test
    void matchesOrdnanceSurveysOstn15TestPointInLondonWithinTwoMetres() {
        BritishNationalGrid.EastingNorthing en = grid.toGrid(51.48936564950, -0.11992557180);
        double metres = Math.hypot(en.easting() - 530_624.974, en.northing() - 178_388.464);
        System.out.printf("TP09 Helmert vs OSTN15: %.3f m (E %.3f, N %.3f)%n", metres, en.easting(), en.northing());
        assertThat(metres).isLessThan(2.0);
    }

    @Test
    void theGridStopsAtItsPublishedExtent() {
        assertThat(BritishNationalGrid.isOnGrid(530_000, 180_000)).isTrue();
        assertThat(BritishNationalGrid.isOnGrid(0, 0)).isTrue();
        assertThat(BritishNationalGrid.isOnGrid(700_000, 1_300_000)).isTrue();
        assertThat(BritishNationalGrid.isOnGrid(-1, 180_000)).isFalse();
        assertThat(BritishNationalGrid.isOnGrid(700_001, 180_000)).isFalse();
        assertThat(BritishNationalGrid.isOnGrid(530_000, 1_300_001)).isFalse();
        assertThat(BritishNationalGrid.isOnGrid(Double.NaN, 180_000)).isFalse();
        assertThat(BritishNationalGrid.isOnGrid(530_000, Double.POSITIVE_INFINITY))
                .isFalse();
    }
}
