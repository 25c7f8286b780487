package london.observatory.release;

import static london.observatory.release.ReleaseFixture.JAN;
import static london.observatory.release.ReleaseFixture.OPEN_FEED;
import static london.observatory.release.ReleaseFixture.publisher;
import static london.observatory.release.ReleaseFixture.release;
import static london.observatory.release.ReleaseFixture.writeFeed;
import static london.observatory.release.ReleaseFixture.writeReferenceTables;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Geography;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.OpenTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release's databases go live without write permission, so no process but the superuser's can open them
 * read-write (DuckDB refuses at once, before writing a write-ahead log), and the next release still starts from a
 * writable copy of the previous one. These tests run as any user; the refusal itself needs one without superuser
 * rights, so it is checked through the permissions.
 */
class ReadOnlyDatabasesTest {

    private static final PosixFilePermission[] WRITE = {
        PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE
    };

    @TempDir
    Path dataDir;

    @Test
    void aReleasesDatabasesGoLiveWithoutWritePermissionAndTheNextStartsFromAWritableCopy() throws Exception {
        FeedCatalog catalog = FeedCatalog.load(Map.of());
        Geography geography = RepoFiles.madeUpGeography();
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        publisher().publish(dataDir, "r1", catalog, geography);

        Path r1 = release(dataDir, "r1");
        assertThat(Files.getPosixFilePermissions(r1.resolve(ReleaseLayout.FULL)))
                .doesNotContain(WRITE);
        assertThat(Files.getPosixFilePermissions(r1.resolve(ReleaseLayout.OPEN)))
                .doesNotContain(WRITE);

        // what the next release does first: copy r1's open database and update the copy in place
        OpenTier tier = new OpenTier(
                catalog.feeds().stream()
                        .filter(FeedDescriptor::perturbed)
                        .map(FeedDescriptor::id)
                        .collect(Collectors.toSet()),
                catalog.feeds().stream()
                        .filter(f -> !f.perturbed() && FeedDescriptor.RESTRICTED.equals(f.accessTier()))
                        .map(FeedDescriptor::id)
                        .collect(Collectors.toSet()));
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 2.0, null);
        Path copy = dataDir.resolve("next-open.duckdb");
        DuckDbPublisher.Built built = new DuckDbPublisher()
                .build(copy, dataDir, BuiltFrom.of(r1).map(b -> b.previous(r1)), Optional.of(tier));

        assertThat(built.changes())
                .as("an update of r1's copy, not a whole build")
                .isPresent();
        assertThat(Files.getPosixFilePermissions(copy)).contains(PosixFilePermission.OWNER_WRITE);

        publisher().publish(dataDir, "r2", catalog, geography);

        assertThat(Files.readString(release(dataDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : \"r1\"");
        assertThat(Files.getPosixFilePermissions(release(dataDir, "r2").resolve(ReleaseLayout.OPEN)))
                .doesNotContain(WRITE);
    }
}
