package london.observatory.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import london.observatory.RepoFiles;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.geography.GeographyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Boundaries of the made-up London of the tests (154 LSOAs, 66 MSOAs, 66 current wards and 4 of older vintages,
 * 33 boroughs) drawn from squares: exact areas to check the dissolving against, and every case the real London
 * does not have.
 */
class MadeUpLondonBoundariesTest {

    /** One square's area, in square degrees. */
    private static final double SQUARE = 0.01 * 0.01;

    @TempDir
    Path dir;

    static Geography withOlderWards() {
        Path madeUp = RepoFiles.madeUpLondon("geography");
        return GeographyLoader.load(RepoFiles.madeUpGeographyFiles()
                .withOlderWards(List.of(
                        madeUp.resolve("lsoa11_ward18_bestfit.csv"), madeUp.resolve("lsoa11_ward14_bestfit.csv"))));
    }

    @Test
    void everyAreaIsItsLsoasDissolvedWhateverTheWardVintage() throws IOException {
        Geography geography = withOlderWards();
        Path release = dir.resolve("release");
        ReleaseBoundaries.Written written = new ReleaseBoundaries(
                        SquareLsoas.write(dir.resolve("lsoas.geojson"), codes(geography)))
                .write(release, Optional.empty(), geography);

        for (AreaLevel level : BoundaryFiles.LEVELS) {
            PublishedBoundaries published = PublishedBoundaries.read(BoundaryFiles.file(release, level), dir);
            assertThat(published.outlines().keySet())
                    .as(level.code())
                    .containsExactlyElementsOf(
                            geography.areas(level).stream().map(Area::code).toList());
            assertThat(written.levels().get(level).features()).isEqualTo(geography.count(level));
            for (Area area : geography.areas(level)) {
                Geometry outline = published.outlines().get(area.code());
                assertThat(outline.isValid()).as(area.code()).isTrue();
                assertThat(outline.getArea())
                        .as(area.code())
                        .isCloseTo(SQUARE * lsoasOf(geography, area), within(1e-12));
            }
        }
        assertThat(geography.count(AreaLevel.WARD)).isEqualTo(70);
        // Camden was one ward, Camden Central, until 2022: its outline is the whole borough's
        Geometry camdenCentral = PublishedBoundaries.read(BoundaryFiles.file(release, AreaLevel.WARD), dir)
                .outlines()
                .get("E05970007");
        Geometry camden = PublishedBoundaries.read(BoundaryFiles.file(release, AreaLevel.LAD), dir)
                .outlines()
                .get("E09000007");
        assertThat(camdenCentral.equalsTopo(camden)).isTrue();
    }

    @Test
    void anAreaWhoseLsoasAreApartIsAMultiPolygon() throws IOException {
        Geography geography = RepoFiles.madeUpGeography();
        Path release = dir.resolve("release");
        new ReleaseBoundaries(SquareLsoas.write(dir.resolve("lsoas.geojson"), codes(geography)))
                .write(release, Optional.empty(), geography);

        // Squares are laid in code order, row after row: an MSOA whose LSOAs wrap onto the next row is in two parts.
        List<String> codes = codes(geography);
        Area wrapped = geography.areas(AreaLevel.LSOA21).stream()
                .filter(lsoa -> codes.indexOf(lsoa.code()) % SquareLsoas.PER_ROW == SquareLsoas.PER_ROW - 1)
                .filter(lsoa -> codes.indexOf(lsoa.code()) + 1 < codes.size())
                .filter(lsoa -> geography
                        .area(codes.get(codes.indexOf(lsoa.code()) + 1))
                        .orElseThrow()
                        .msoa21Code()
                        .equals(lsoa.msoa21Code()))
                .findFirst()
                .orElseThrow();
        PublishedBoundaries msoas = PublishedBoundaries.read(BoundaryFiles.file(release, AreaLevel.MSOA21), dir);
        assertThat(msoas.outlines().get(wrapped.msoa21Code())).isInstanceOf(MultiPolygon.class);
        assertThat(msoas.json().toString())
                .contains("\"id\":\"" + wrapped.msoa21Code() + "\",\"properties\":{\"code\":\"" + wrapped.msoa21Code()
                        + "\",\"name\":\""
                        + geography.area(wrapped.msoa21Code()).orElseThrow().name() + "\"},"
                        + "\"geometry\":{\"type\":\"MultiPolygon\"");
    }

    @Test
    void lsoasOutsideTheSpineAreLeftOut() throws IOException {
        Geography geography = RepoFiles.madeUpGeography();
        List<String> codes = new ArrayList<>(codes(geography));
        codes.add("W01000001"); // a Welsh LSOA: a file for England and Wales serves London
        Path release = dir.resolve("release");
        new ReleaseBoundaries(SquareLsoas.write(dir.resolve("lsoas.geojson"), codes))
                .write(release, Optional.empty(), geography);

        assertThat(PublishedBoundaries.read(BoundaryFiles.file(release, AreaLevel.LSOA21), dir)
                        .outlines())
                .hasSize(154)
                .doesNotContainKey("W01000001");
    }

    @Test
    void aFileWithoutEveryLsoaOfTheSpineIsRefusedAndLeavesNoFingerprint() throws IOException {
        Geography geography = RepoFiles.madeUpGeography();
        List<String> codes = codes(geography);
        Path file = SquareLsoas.write(dir.resolve("lsoas.geojson"), codes.subList(1, codes.size()));
        Path release = dir.resolve("release");

        assertThatThrownBy(() -> new ReleaseBoundaries(file).write(release, Optional.empty(), geography))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": no outline for 1 of the spine's 154 LSOAs (" + codes.get(0)
                        + "); it must hold the LSOA 2021 boundaries of the spine's areas, keyed by LSOA21CD");
        assertThat(BoundaryFiles.dir(release).resolve("inputs.sha256")).doesNotExist();
        assertThat(Files.exists(BoundaryFiles.file(release, AreaLevel.LSOA21))).isFalse();
    }

    private static List<String> codes(Geography geography) {
        return geography.areas(AreaLevel.LSOA21).stream().map(Area::code).toList();
    }

    /** How many LSOAs an area is drawn from: itself, its children, or (a ward) those best fitting it. */
    private static long lsoasOf(Geography geography, Area area) {
        if (area.level() == AreaLevel.WARD) {
            String[] vintages = area.wardVintages().split(",");
            int newest = Integer.parseInt(vintages[vintages.length - 1]);
            return geography.wardBestFit(newest).values().stream()
                    .filter(area.code()::equals)
                    .count();
        }
        return geography.areas(AreaLevel.LSOA21).stream()
                .filter(lsoa ->
                        List.of(lsoa.code(), lsoa.msoa21Code(), lsoa.ladCode()).contains(area.code()))
                .count();
    }
}
