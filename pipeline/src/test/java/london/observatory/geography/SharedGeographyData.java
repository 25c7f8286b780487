package london.observatory.geography;

import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.RepoFiles;

/** Locates the shared reference data next to the repository; a missing file fails the test, never skips it. */
public final class SharedGeographyData {

    static final String EXACT_FIT = "london_lsoa11_lsoa21_lad22_exactfit_census_totals.csv";

    private SharedGeographyData() {}

    static Path repoRoot() {
        return RepoFiles.root();
    }

    /** The real London spine, with Census 2021 usual residents ({@code TotalRes21}) as each LSOA's population. */
    public static Geography realLondon() {
        Path exactFit = file(EXACT_FIT);
        return GeographyLoader.load(new GeographyFiles(
                file("london_lsoa21_msoa21_lad22_lookup.csv"),
                exactFit,
                file("london_lsoa21_ward22_bestfit_gla.csv"),
                exactFit,
                "LSOA21CD",
                "TotalRes21"));
    }

    static Path file(String name) {
        Path file = repoRoot()
                .resolve("../shared/reference-data/geography")
                .resolve(name)
                .normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared reference file missing: " + file);
        }
        return file;
    }
}
