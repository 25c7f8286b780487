package london.observatory.geography;

import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.RepoFiles;

/**
 * The real London files copied into data-samples/london (their sources and licence are in its PROVENANCE.md
 * and LICENCE.md). They are part of the repository, so a missing one fails the test, never skips it.
 */
public final class RealLondonData {

    static final String EXACT_FIT = "london_lsoa11_lsoa21_lad22_exactfit_census_totals.csv";

    private RealLondonData() {}

    static Path repoRoot() {
        return RepoFiles.root();
    }

    /**
     * The real London spine, with Census 2021 usual residents ({@code TotalRes21}) as each LSOA's population,
     * the same files as the default run.
     */
    public static Geography realLondon() {
        Path exactFit = geography(EXACT_FIT);
        return GeographyLoader.load(new GeographyFiles(
                geography("london_lsoa21_msoa21_lad22_lookup.csv"),
                exactFit,
                geography("london_lsoa21_ward22_bestfit_gla.csv"),
                exactFit,
                "LSOA21CD",
                "TotalRes21"));
    }

    /** A file of data-samples/london/geography. */
    static Path geography(String name) {
        return file("geography/" + name);
    }

    /** A file under data-samples/london, e.g. {@code boundaries/london_lsoa21_bgc.geojson}. */
    public static Path file(String relative) {
        Path file = RepoFiles.dataSamples("london").resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("real London file missing: " + file);
        }
        return file;
    }
}
