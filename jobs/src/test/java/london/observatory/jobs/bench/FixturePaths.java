package london.observatory.jobs.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Where {@link EnglandScaleFixture} puts each file, in the layouts the pipeline's configuration expects.
 * The integrator turns these into application arguments with {@link #applicationArguments(Path)}.
 */
public record FixturePaths(
        Path root,
        Path claimantCountDir,
        Path lsoa21Lookup,
        Path lsoa11Lookup,
        Path wardLookup,
        Path population,
        Path marker) {

    public static FixturePaths under(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        return new FixturePaths(
                dir,
                dir.resolve("claimant-count"),
                dir.resolve("geography/lsoa21-msoa21-lad22.csv"),
                dir.resolve("geography/lsoa11-lsoa21-lad22-exactfit.csv"),
                dir.resolve("geography/lsoa21-ward22-bestfit.csv"),
                dir.resolve("population/census2021-ts001-lsoa21.csv"),
                dir.resolve("fixture.properties"));
    }

    /** The feed URL as the pipeline reads a recorded response: a directory of {@code offset-<N>.csv} pages. */
    public String claimantCountUrl() {
        return "file:" + claimantCountDir;
    }

    /** Spring Boot command-line arguments that point the application at this fixture. */
    public List<String> applicationArguments(Path dataDir) {
        return List.of(
                "--observatory.feed-ids=nomis-claimant-count",
                "--observatory.feeds.nomis-claimant-count.url=" + claimantCountUrl(),
                "--observatory.geography.lsoa21-lookup=" + lsoa21Lookup,
                "--observatory.geography.lsoa11-lookup=" + lsoa11Lookup,
                "--observatory.geography.ward-lookup=" + wardLookup,
                "--observatory.geography.population=" + population,
                // the synthetic population is a Nomis bulk TS001 file, not the exact fit's census totals
                "--observatory.geography.population-code-column=geography code",
                "--observatory.geography.population-value-column=Residence type: Total; measures: Value",
                "--observatory.geography.older-ward-lookups=", // the synthetic spine has one ward vintage
                "--observatory.geography.lsoa21-boundaries=", // and no boundary file: no map boundaries
                "--observatory.data-dir=" + dataDir.toAbsolutePath().normalize());
    }
}
