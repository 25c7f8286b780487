package london.observatory.boundaries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.publish.FingerprintedOutput;

/**
 * A release's map boundaries ({@link BoundaryFiles}), made from an LSOA 2021 boundary file and the spine. Making
 * them takes seconds and they change only when the file, the spine or the tolerances do, so a release copies the
 * previous release's when those were made from the same inputs, or the copy this process kept of ones it made
 * ({@link FingerprintedOutput}).
 */
public final class ReleaseBoundaries {

    /** What was written: each level's file, the fingerprint of the inputs, and whether the files were copied. */
    public record Written(
            Map<AreaLevel, LevelFile> levels, String source, String fingerprint, FingerprintedOutput.Origin origin) {}

    private final Path lsoa21Boundaries;
    private final Tolerances tolerances;

    public ReleaseBoundaries(Path lsoa21Boundaries) {
        this(lsoa21Boundaries, Tolerances.STANDARD);
    }

    public ReleaseBoundaries(Path lsoa21Boundaries, Tolerances tolerances) {
        this.lsoa21Boundaries = lsoa21Boundaries;
        this.tolerances = tolerances;
    }

    /**
     * Writes {@code release}'s {@code boundaries/} folder for {@code geography}'s areas, copying
     * {@code previousRelease}'s when it was made from the same inputs.
     */
    public Written write(Path release, Optional<Path> previousRelease, Geography geography) throws IOException {
        LsoaGroups groups = LsoaGroups.of(geography);
        String source = source(lsoa21Boundaries);
        String fingerprint = BoundaryInputs.fingerprint(lsoa21Boundaries, groups, tolerances, source);
        Path dir = BoundaryFiles.dir(release);
        FingerprintedOutput.Origin origin = FingerprintedOutput.makeOrCopy(
                "boundaries",
                dir,
                previousRelease.map(BoundaryFiles::dir),
                fingerprint,
                into -> new BoundaryBuilder(SpineOutlines.read(lsoa21Boundaries, geography), groups, tolerances, source)
                        .writeAll(into));
        Map<AreaLevel, LevelFile> levels = new EnumMap<>(AreaLevel.class);
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            levels.put(
                    level,
                    new LevelFile(
                            groups.level(level).size(),
                            Files.size(BoundaryFiles.file(release, level)),
                            tolerances.of(level)));
        }
        return new Written(levels, source, fingerprint, origin);
    }

    private static String source(Path file) {
        return "ONS LSOA 2021 boundaries from " + file.getFileName()
                + " (the shipped file, ONS LSOA 2021 BGC, is described in data-samples/london/PROVENANCE.md)";
    }
}
