package london.observatory.boundaries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.geography.AreaLevel;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the boundary file of each level: dissolves the LSOA outlines into each area's, simplifies each coverage,
 * rounds, and writes. Every area of the spine gets exactly one feature, in the spine's order.
 */
final class BoundaryBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(BoundaryBuilder.class);

    private final Map<String, Geometry> lsoaOutlines;
    private final LsoaGroups groups;
    private final Tolerances tolerances;
    private final String source;

    BoundaryBuilder(Map<String, Geometry> lsoaOutlines, LsoaGroups groups, Tolerances tolerances, String source) {
        this.lsoaOutlines = lsoaOutlines;
        this.groups = groups;
        this.tolerances = tolerances;
        this.source = source;
    }

    Map<AreaLevel, LevelFile> writeAll(Path dir) throws IOException {
        Map<AreaLevel, LevelFile> files = new EnumMap<>(AreaLevel.class);
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            long started = System.nanoTime();
            LevelFile file = write(dir, level);
            files.put(level, file);
            LOG.info(
                    "boundaries: {} {} features, {} bytes gzipped, tolerance {}°, {} ms",
                    level.code(),
                    file.features(),
                    file.bytes(),
                    Tolerances.text(file.tolerance()),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return files;
    }

    private LevelFile write(Path dir, AreaLevel level) throws IOException {
        List<AreaGroup> areas = groups.level(level);
        double tolerance = tolerances.of(level);
        Map<String, List<AreaGroup>> coverages = new LinkedHashMap<>();
        areas.forEach(area -> coverages
                .computeIfAbsent(area.coverage(), c -> new ArrayList<>())
                .add(area));
        Map<String, Geometry> outlines = new LinkedHashMap<>();
        for (List<AreaGroup> coverage : coverages.values()) {
            Geometry[] dissolved = coverage.stream()
                    .map(area -> Dissolver.dissolve(
                            area.lsoas().stream().map(lsoaOutlines::get).toList()))
                    .toArray(Geometry[]::new);
            String[] codes = coverage.stream().map(AreaGroup::code).toArray(String[]::new);
            Geometry[] simplified = CoverageSimplification.simplify(dissolved, tolerance, codes);
            for (int i = 0; i < codes.length; i++) {
                outlines.put(codes[i], simplified[i]);
            }
        }
        List<FeatureCollectionWriter.Feature> features = areas.stream()
                .map(area -> new FeatureCollectionWriter.Feature(area.code(), area.name(), outlines.get(area.code())))
                .toList();
        long bytes = FeatureCollectionWriter.write(
                dir.resolve(BoundaryFiles.fileName(level)), properties(level, tolerance), features);
        return new LevelFile(features.size(), bytes, tolerance);
    }

    private Map<String, Object> properties(AreaLevel level, double tolerance) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("level", level.code());
        properties.put(
                "method",
                method(level) + ", simplified as one coverage (neighbours keep their shared edge)"
                        + " with JTS CoverageSimplifier, tolerance " + Tolerances.text(tolerance)
                        + "°, rounded to 5 decimal places");
        properties.put("source", source);
        properties.put("sample", false);
        return properties;
    }

    private static String method(AreaLevel level) {
        return switch (level) {
            case LSOA21 -> "LSOA 2021 boundaries";
            case MSOA21 -> "LSOA 2021 boundaries dissolved by the LSOA → MSOA 2021 lookup (LSOAs nest exactly)";
            case WARD ->
                "LSOA 2021 boundaries dissolved by the best-fit ward lookup: a ward is the LSOAs its values"
                        + " are rolled up from, not its legal boundary (wards of an older vintage, when the spine has"
                        + " them, are drawn from that vintage's best fit and overlap the current ones)";
            case LAD -> "LSOA 2021 boundaries dissolved by the LSOA → borough lookup (LSOAs nest exactly)";
            case REGION -> throw new IllegalArgumentException("no boundaries for the region");
        };
    }
}
