package london.observatory;

import java.nio.file.Path;
import london.observatory.geography.Geography;
import london.observatory.geography.GeographyFiles;
import london.observatory.geography.GeographyLoader;

/** Files of the repository that tests read: the checkout root is passed in by the parent pom. */
public final class RepoFiles {

    private RepoFiles() {}

    public static Path root() {
        String root = System.getProperty("observatory.repo.root");
        if (root == null) {
            throw new IllegalStateException(
                    "system property observatory.repo.root is not set (the parent pom sets it)");
        }
        return Path.of(root);
    }

    public static Path dataSamples(String relative) {
        return root().resolve("data-samples").resolve(relative);
    }

    /**
     * A file of the made-up London the tests run on ({@code pipeline/src/test/resources/made-up-london}): a small
     * London-shaped geography with codes no real area uses, and every kind of boundary change, including the
     * irregular one real London does not have. It is a test fixture only; the default run is on real London.
     */
    public static Path madeUpLondon(String relative) {
        return root().resolve("pipeline/src/test/resources/made-up-london").resolve(relative);
    }

    public static GeographyFiles madeUpGeographyFiles() {
        Path dir = madeUpLondon("geography");
        return GeographyFiles.withNomisTs001(
                dir.resolve("lsoa21_msoa21_lad22.csv"),
                dir.resolve("lsoa11_lsoa21_lad22_exactfit.csv"),
                dir.resolve("lsoa21_ward22_bestfit.csv"),
                dir.resolve("census2021-ts001-lsoa.csv"));
    }

    public static Geography madeUpGeography() {
        return GeographyLoader.load(madeUpGeographyFiles());
    }
}
