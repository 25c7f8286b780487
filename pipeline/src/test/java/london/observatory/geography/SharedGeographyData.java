package london.observatory.geography;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data next to the repository; a missing file fails the test, never skips it. */
final class SharedGeographyData {

    private SharedGeographyData() {
    }

    static Path repoRoot() {
        return london.observatory.RepoFiles.root();
    }

    static Path file(String name) {
        Path file = repoRoot().resolve("../shared/reference-data/geography").resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared reference file missing: " + file);
        }
        return file;
    }
}
