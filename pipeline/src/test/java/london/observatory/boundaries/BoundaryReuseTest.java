package london.observatory.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import london.observatory.RepoFiles;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.publish.FingerprintedOutput.Origin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release copies the previous release's boundaries when they were made from the same boundary file, spine and
 * tolerances (told by the fingerprint beside them), and makes them again when any of those changed.
 */
class BoundaryReuseTest {

    private static Geography geography;
    private static List<String> lsoas;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        geography = RepoFiles.madeUpGeography();
        lsoas = geography.areas(AreaLevel.LSOA21).stream().map(Area::code).toList();
    }

    @Test
    void theSameInputsCopyThePreviousReleasesFiles() throws IOException {
        Path file = SquareLsoas.write(dir.resolve("lsoas.geojson"), lsoas);
        ReleaseBoundaries boundaries = new ReleaseBoundaries(file);
        ReleaseBoundaries.Written first = boundaries.write(dir.resolve("r1"), Optional.empty(), geography);
        ReleaseBoundaries.Written second =
                boundaries.write(dir.resolve("r2"), Optional.of(dir.resolve("r1")), geography);

        assertThat(first.origin()).isIn(Origin.MADE, Origin.MADE_EARLIER_IN_THIS_PROCESS);
        assertThat(second.origin()).isEqualTo(Origin.PREVIOUS_RELEASE);
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(second.levels()).isEqualTo(first.levels());
        assertThat(contents(dir.resolve("r2"))).isEqualTo(contents(dir.resolve("r1")));
    }

    @Test
    void aChangedBoundaryFileIsMadeAgain() throws IOException {
        Path file = SquareLsoas.write(dir.resolve("lsoas.geojson"), lsoas);
        new ReleaseBoundaries(file).write(dir.resolve("r1"), Optional.empty(), geography);
        SquareLsoas.write(file, lsoas, 7); // every square 7 m further east
        ReleaseBoundaries.Written moved =
                new ReleaseBoundaries(file).write(dir.resolve("r2"), Optional.of(dir.resolve("r1")), geography);

        assertThat(moved.origin()).isEqualTo(Origin.MADE);
        assertThat(fingerprint(dir.resolve("r2"))).isNotEqualTo(fingerprint(dir.resolve("r1")));
        assertThat(Files.readAllBytes(BoundaryFiles.file(dir.resolve("r2"), AreaLevel.LAD)))
                .isNotEqualTo(Files.readAllBytes(BoundaryFiles.file(dir.resolve("r1"), AreaLevel.LAD)));
    }

    @Test
    void otherTolerancesOrAnotherSpineMakeThemAgain() throws IOException {
        Path file = SquareLsoas.write(dir.resolve("lsoas.geojson"), lsoas);
        ReleaseBoundaries.Written standard =
                new ReleaseBoundaries(file).write(dir.resolve("r1"), Optional.empty(), geography);
        Map<AreaLevel, Double> coarser = new HashMap<>(Tolerances.STANDARD.degrees());
        coarser.put(AreaLevel.LAD, 0.001);
        ReleaseBoundaries.Written retuned = new ReleaseBoundaries(file, new Tolerances(coarser))
                .write(dir.resolve("r2"), Optional.of(dir.resolve("r1")), geography);
        ReleaseBoundaries.Written olderWards = new ReleaseBoundaries(file)
                .write(dir.resolve("r3"), Optional.of(dir.resolve("r1")), MadeUpLondonBoundariesTest.withOlderWards());

        assertThat(retuned.origin()).isEqualTo(Origin.MADE);
        assertThat(retuned.levels().get(AreaLevel.LAD).tolerance()).isEqualTo(0.001);
        // made here or, when another test made the same ones, copied from this process's copy; never from r1
        assertThat(olderWards.origin()).isNotEqualTo(Origin.PREVIOUS_RELEASE);
        assertThat(List.of(retuned.fingerprint(), olderWards.fingerprint()))
                .doesNotContain(standard.fingerprint())
                .doesNotHaveDuplicates();
    }

    /** Each file of the release's boundaries folder and its bytes (in hex). */
    private static Map<String, String> contents(Path release) throws IOException {
        Map<String, String> contents = new HashMap<>();
        try (Stream<Path> files = Files.list(BoundaryFiles.dir(release))) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return contents;
    }

    private static String fingerprint(Path release) throws IOException {
        return Files.readString(BoundaryFiles.dir(release).resolve("inputs.sha256"));
    }
}
