package london.observatory.release;

import static london.observatory.release.ReleaseFixture.JAN;
import static london.observatory.release.ReleaseFixture.OPEN_FEED;
import static london.observatory.release.ReleaseFixture.publisher;
import static london.observatory.release.ReleaseFixture.release;
import static london.observatory.release.ReleaseFixture.writeFeed;
import static london.observatory.release.ReleaseFixture.writeReferenceTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.boundaries.BoundaryFiles;
import london.observatory.boundaries.SquareLsoas;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.publish.PublishException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A release holds map boundaries per level when a boundary file is configured and says in {@code release.json}
 * what they are, and fails as a whole, leaving the last good release live, when they cannot be made. (A release
 * copying the previous release's, and one without a boundary file: {@link ReleaseUpdateTest}.)
 */
class ReleaseBoundariesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FeedCatalog catalog;
    private static Geography geography;
    private static List<String> lsoas;

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @BeforeAll
    static void load() {
        catalog = FeedCatalog.load(Map.of());
        geography = RepoFiles.madeUpGeography();
        lsoas = geography.areas(AreaLevel.LSOA21).stream().map(Area::code).toList();
    }

    @Test
    void aReleaseSaysWhatBoundariesItHasAndOneWhoseBoundariesCannotBeMadeFailsLeavingTheLastGoodOne() throws Exception {
        Path squares = SquareLsoas.write(files.resolve("lsoas.geojson"), lsoas);
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        publisher(squares).publish(dataDir, "r1", catalog, geography);

        JsonNode boundaries = manifest("r1").get("boundaries");
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            assertThat(boundaries.at("/levels/" + level.code() + "/features").asInt())
                    .as(level.code())
                    .isEqualTo(geography.count(level));
            assertThat(boundaries.at("/levels/" + level.code() + "/bytes").asLong())
                    .isEqualTo(Files.size(BoundaryFiles.file(release(dataDir, "r1"), level)));
        }
        assertThat(boundaries.at("/levels/lsoa21/tolerance").asDouble()).isEqualTo(0.0006);
        assertThat(boundaries.get("fingerprint").asString())
                .isEqualTo(Files.readString(
                        BoundaryFiles.dir(release(dataDir, "r1")).resolve("inputs.sha256")));

        SquareLsoas.write(squares, lsoas.subList(1, lsoas.size())); // the first LSOA's outline lost
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 2.0, null);
        assertThatThrownBy(() -> publisher(squares).publish(dataDir, "r2", catalog, geography))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("release r2 failed: " + squares + ": no outline for 1 of the spine's 154 LSOAs");
        ReleaseLayout layout = new ReleaseLayout(dataDir);
        assertThat(layout.ids()).containsExactly("r1");
        assertThat(layout.partial("r2")).doesNotExist();
        assertThat(Files.readSymbolicLink(layout.latest(ReleaseLayout.FULL)))
                .isEqualTo(Path.of("releases", "r1", ReleaseLayout.FULL));
    }

    private JsonNode manifest(String id) {
        return JSON.readTree(
                release(dataDir, id).resolve(ReleaseLayout.MANIFEST).toFile());
    }
}
