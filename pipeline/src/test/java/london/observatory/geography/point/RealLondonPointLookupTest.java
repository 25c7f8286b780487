package london.observatory.geography.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.Reconciliation;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The real London LSOA 2021 boundaries (ONS BGC: generalised to 20 m, clipped to the coastline) against
 * an independent list of LSOA centroids (Kane's lookup): each centroid should fall in its own LSOA.
 *
 * <p>Measured: 4,829 of 4,994 (96.70%) do, whether given as lat/lon or as a grid reference. The 99.9%
 * hoped for is not reachable with these boundaries, and not because of the lookup: a brute-force JTS
 * {@code covers} over all 4,994 outlines gives the same answer for every centroid. The 165 others sit
 * just beyond their own generalised outline, which moves edges by up to tens of metres (110 within
 * 20 m of it, all within 137 m), usually in the neighbour. Full-resolution (BFC) boundaries would be
 * needed to place such edge points exactly; the test pins the figures so any change shows.
 */
class RealLondonPointLookupTest {

    private static final int LONDON_LSOA21 = 4_994;
    private static final int IN_OWN_LSOA = 4_829;

    private record Centroid(String code, double lat, double lon) {}

    private static List<AreaBoundary> boundaries;
    private static PointLocator locator;
    private static List<Centroid> centroids;

    @BeforeAll
    static void load() throws IOException {
        boundaries = GeoJsonBoundaries.read(RealLondonData.file("boundaries/london_lsoa21_bgc.geojson"));
        locator = new PointLocator(new BoundaryIndex(boundaries));
        Set<String> codes = boundaries.stream().map(AreaBoundary::code).collect(Collectors.toSet());
        centroids = new ArrayList<>();
        try (CSVParser csv =
                CsvFiles.open(RealLondonData.file("geography/london_lsoa11_lsoa21_centroids_drkane.csv"))) {
            for (CSVRecord row : csv) {
                if (codes.contains(row.get("LSOACD"))) {
                    centroids.add(new Centroid(
                            row.get("LSOACD"),
                            Double.parseDouble(row.get("latitude")),
                            Double.parseDouble(row.get("longitude"))));
                }
            }
        }
    }

    @Test
    void loadsEveryLondonLsoa() {
        assertThat(boundaries).hasSize(LONDON_LSOA21);
        assertThat(boundaries.stream().map(AreaBoundary::code).distinct().count())
                .isEqualTo(LONDON_LSOA21);
        assertThat(locator.index().size()).isEqualTo(LONDON_LSOA21);
        assertThat(centroids).hasSize(LONDON_LSOA21);
    }

    @Test
    void nearlyEveryCentroidFallsInItsOwnLsoa() {
        assertCentroidsPlaced("lat/lon", (c, r) -> locator.locateLatLon(c.lat(), c.lon(), 1.0, r));
    }

    @Test
    void nearlyEveryCentroidFallsInItsOwnLsoaWhenGivenAsAGridReference() {
        BritishNationalGrid grid = new BritishNationalGrid();
        assertCentroidsPlaced("BNG", (c, r) -> {
            BritishNationalGrid.EastingNorthing en = grid.toGrid(c.lat(), c.lon());
            return locator.locateBng(en.easting(), en.northing(), 1.0, r);
        });
    }

    /** Locates every centroid one way; the same exact counts whichever way the point is given. */
    private void assertCentroidsPlaced(String how, BiFunction<Centroid, Reconciliation, String> locate) {
        Reconciliation reconciliation = new Reconciliation("lsoa21-centroid");
        int own = 0;
        for (Centroid c : centroids) {
            if (c.code().equals(locate.apply(c, reconciliation))) {
                own++;
            }
        }
        report(how, own, reconciliation);
        assertThat(own).isEqualTo(IN_OWN_LSOA);
        assertThat(own / (double) centroids.size()).isGreaterThanOrEqualTo(0.966);
        assertThat(reconciliation.recordsIn()).isEqualTo(LONDON_LSOA21);
        assertThat(reconciliation.recordsMatched()).isEqualTo(4_993);
        // E01000008 (Barking and Dagenham 015B, in two parts): its centroid lies 1 m outside both.
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.INVALID)).isZero();
    }

    @Test
    void centroidsOutsideTheirOwnLsoaAreJustBeyondItsGeneralisedEdge() {
        BritishNationalGrid grid = new BritishNationalGrid();
        GeometryFactory factory = new GeometryFactory();
        Map<String, Geometry> outlines =
                boundaries.stream().collect(Collectors.toMap(AreaBoundary::code, AreaBoundary::outline));
        List<Double> metres = new ArrayList<>();
        for (Centroid c : centroids) {
            if (!c.code().equals(locator.index().locate(c.lon(), c.lat()))) {
                Coordinate[] nearest = DistanceOp.nearestPoints(
                        outlines.get(c.code()), factory.createPoint(new Coordinate(c.lon(), c.lat())));
                BritishNationalGrid.EastingNorthing edge = grid.toGrid(nearest[0].y, nearest[0].x);
                BritishNationalGrid.EastingNorthing point = grid.toGrid(nearest[1].y, nearest[1].x);
                metres.add(Math.hypot(edge.easting() - point.easting(), edge.northing() - point.northing()));
            }
        }
        assertThat(metres).hasSize(LONDON_LSOA21 - IN_OWN_LSOA);
        assertThat(metres.stream().filter(m -> m <= 20)).hasSize(110);
        assertThat(metres).allSatisfy(m -> assertThat(m).isLessThan(137.0 + 1.0));
    }

    private static void report(String given, int own, Reconciliation reconciliation) {
        System.out.printf(
                "centroids in own LSOA21 (%s): %,d of %,d = %.4f%%; matched %,d, outside London %,d%n",
                given,
                own,
                centroids.size(),
                100.0 * own / centroids.size(),
                reconciliation.recordsMatched(),
                reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON));
    }
}
