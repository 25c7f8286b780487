package london.observatory.geography;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data next to the repository; a missing file fails the test, never skips it. */
final class SharedGeographyData {

    private SharedGeographyData() {
    }

    static Path repoRoot() {
        String root = System.getProperty("observatory.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property observatory.repo.root is not set (the parent pom sets it)");
        }
        return Path.of(root);
    }

    static Path file(String name) {
        Path file = repoRoot().resolve("../shared/reference-data/geography").resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared reference file missing: " + file);
        }
        return file;
    }
}
