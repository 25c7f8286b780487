package london.observatory.boundaries;

import java.nio.file.Path;
import java.util.List;
import london.observatory.geography.AreaLevel;

/**
 * Where a release keeps its map boundaries: {@code <release>/boundaries/<level>.geojson.gz} for each of
 * {@link #LEVELS} (level codes as in the {@code areas} table: {@code lsoa21}, {@code msoa21}, {@code ward},
 * {@code lad}), each a gzipped GeoJSON FeatureCollection in lon/lat with one feature per area, its {@code id} and
 * {@code properties.code} the area code and {@code properties.name} its name. A server sends a file as it is, with
 * {@code Content-Type: application/geo+json} and {@code Content-Encoding: gzip}. A release made without a
 * boundary file has no {@code boundaries/} folder (and {@code "boundaries": null} in {@code release.json}).
 */
public final class BoundaryFiles {

    public static final String DIR = "boundaries";
    public static final String MEDIA_TYPE = "application/geo+json";
    public static final String CONTENT_ENCODING = "gzip";

    /** The levels with boundaries, finest first; London (the region) has none, its outline is the boroughs'. */
    public static final List<AreaLevel> LEVELS =
            List.of(AreaLevel.LSOA21, AreaLevel.MSOA21, AreaLevel.WARD, AreaLevel.LAD);

    private BoundaryFiles() {}

    /** The boundaries folder of the release in {@code release} ({@code ReleaseLayout.release(id)}). */
    public static Path dir(Path release) {
        return release.resolve(DIR);
    }

    /** The file of {@code level}'s boundaries in the release in {@code release}. */
    public static Path file(Path release, AreaLevel level) {
        return dir(release).resolve(fileName(level));
    }

    static String fileName(AreaLevel level) {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("no boundaries are published for level " + level.code());
        }
        return level.code() + ".geojson.gz";
    }
}
