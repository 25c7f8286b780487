package london.observatory.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.point.AreaBoundary;
import london.observatory.geography.point.GeoJsonBoundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import tools.jackson.databind.JsonNode;

/**
 * The boundaries of the real London spine, made once for the class from the real LSOA 2021 file
 * (data-samples/london/boundaries, 4,994 features, 7.8 MB) as a release makes them.
 */
class RealLondonBoundariesTest {

    /** St Paul's Cathedral, 120 m inside City of London 001F in the ONS outline. */
    private static final Coordinate ST_PAULS = new Coordinate(-0.09841, 51.51380);

    private static final String CITY_OF_LONDON_001F = "E01032739";

    @TempDir
    static Path dir;

    private static Geography geography;
    private static Path lsoaFile;
    private static ReleaseBoundaries.Written written;
    private static final Map<AreaLevel, PublishedBoundaries> published = new EnumMap<>(AreaLevel.class);

    @BeforeAll
    static void makeThem() throws IOException {
        geography = RealLondonData.realLondon();
        lsoaFile = RealLondonData.file("boundaries/london_lsoa21_bgc.geojson");
        Path release = dir.resolve("release");
        written = new ReleaseBoundaries(lsoaFile).write(release, Optional.empty(), geography);
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            published.put(level, PublishedBoundaries.read(BoundaryFiles.file(release, level), dir));
        }
    }

    @Test
    void everyAreaOfEachLevelHasExactlyOneFeature() {
        Set<String> bestFitWards = new HashSet<>(geography.wardBestFit(2022).values());
        assertThat(geography.wardVintages()).containsExactly(2022);
        assertThat(bestFitWards).hasSize(684);
        Map<AreaLevel, Integer> expected = Map.of(
                AreaLevel.LSOA21,
                4_994,
                AreaLevel.MSOA21,
                1_002,
                AreaLevel.WARD,
                bestFitWards.size(),
                AreaLevel.LAD,
                33);
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            List<JsonNode> features = features(level);
            assertThat(features).as(level.code()).hasSize(expected.get(level));
            assertThat(written.levels().get(level).features()).isEqualTo(expected.get(level));
            assertThat(features.stream().map(f -> f.get("id").asString()).toList())
                    .as(level.code())
                    .containsExactlyElementsOf(
                            geography.areas(level).stream().map(Area::code).toList());
            for (JsonNode feature : features) {
                String code = feature.get("id").asString();
                assertThat(feature.get("properties").get("code").asString()).isEqualTo(code);
                assertThat(feature.get("properties").get("name").asString())
                        .isEqualTo(geography.area(code).orElseThrow().name());
            }
        }
        assertThat(published.get(AreaLevel.WARD).outlines().keySet()).isEqualTo(bestFitWards);
    }

    @Test
    void everyOutlineIsAValidPolygonRoundedToFiveDecimals() {
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            for (Map.Entry<String, Geometry> outline :
                    published.get(level).outlines().entrySet()) {
                assertThat(outline.getValue()).as(outline.getKey()).isInstanceOf(Polygonal.class);
                assertThat(outline.getValue().isValid()).as(outline.getKey()).isTrue();
                for (Coordinate c : outline.getValue().getCoordinates()) {
                    assertThat(Math.abs(c.x * 1e5 - Math.rint(c.x * 1e5)))
                            .as(outline.getKey())
                            .isLessThan(1e-6);
                    assertThat(Math.abs(c.y * 1e5 - Math.rint(c.y * 1e5)))
                            .as(outline.getKey())
                            .isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void theLsoaFileIsAtMostHalfAMegabyteGzipped() throws IOException {
        Path file = BoundaryFiles.file(dir.resolve("release"), AreaLevel.LSOA21);
        assertThat(Files.size(file)).isLessThanOrEqualTo(500_000L);
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            assertThat(written.levels().get(level).bytes())
                    .isEqualTo(Files.size(BoundaryFiles.file(dir.resolve("release"), level)));
        }
    }

    @Test
    void aPointWellInsideAnLsoaFallsInItsSimplifiedOutlineAndNoOther() {
        Point stPauls = new GeometryFactory().createPoint(ST_PAULS);
        assertThat(published.get(AreaLevel.LSOA21).outlines().entrySet().stream()
                        .filter(outline -> outline.getValue().covers(stPauls))
                        .map(Map.Entry::getKey))
                .containsExactly(CITY_OF_LONDON_001F);
        assertThat(published.get(AreaLevel.LAD).outlines().entrySet().stream()
                        .filter(outline -> outline.getValue().covers(stPauls))
                        .map(Map.Entry::getKey))
                .containsExactly("E09000001");
    }

    @Test
    void theBoroughsCoverWhatTheLsoasCoverWithoutOverlapping() {
        Geometry[] lsoas = GeoJsonBoundaries.read(lsoaFile).stream()
                .map(AreaBoundary::outline)
                .toArray(Geometry[]::new);
        // The ONS outlines tile London: their union has the area of their sum (nothing counted twice).
        double lsoaArea = CoverageUnion.union(lsoas).getArea();
        assertThat(lsoaArea)
                .isCloseTo(Stream.of(lsoas).mapToDouble(Geometry::getArea).sum(), withPercentage(1e-7));
        Geometry[] boroughs = published.get(AreaLevel.LAD).outlines().values().toArray(Geometry[]::new);
        assertThat(UnaryUnionOp.union(List.of(boroughs)).getArea()).isCloseTo(lsoaArea, withPercentage(1));
        // neighbouring boroughs share their simplified edge: no overlap, no sliver between them
        assertThat(CoverageValidator.validate(boroughs)).containsOnlyNulls();
    }

    @Test
    void eachFileSaysHowItWasMade() {
        JsonNode ward = published.get(AreaLevel.WARD).json().get("properties");
        assertThat(ward.get("level").asString()).isEqualTo("ward");
        assertThat(ward.get("method").asString())
                .startsWith("LSOA 2021 boundaries dissolved by the best-fit ward lookup")
                .contains("tolerance 0.0004°");
        assertThat(ward.get("sample").asBoolean()).isFalse();
        assertThat(ward.get("source").asString())
                .contains("london_lsoa21_bgc.geojson", "data-samples/london/PROVENANCE.md");
        assertThat(written.fingerprint()).isEqualTo(readFingerprint()).hasSize(64);
    }

    private static String readFingerprint() {
        try {
            return Files.readString(BoundaryFiles.dir(dir.resolve("release")).resolve("inputs.sha256"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> features(AreaLevel level) {
        JsonNode collection = published.get(level).json();
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        return StreamSupport.stream(collection.get("features").spliterator(), false)
                .toList();
    }
}
