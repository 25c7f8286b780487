package london.observatory.boundaries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import london.observatory.geography.point.AreaBoundary;
import london.observatory.geography.point.GeoJsonBoundaries;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published boundary file read back as a client would: gunzipped, its JSON and, through the observatory's own
 * GeoJSON reader (which rejects anything but closed Polygon and MultiPolygon rings), its outlines by code.
 */
record PublishedBoundaries(JsonNode json, Map<String, Geometry> outlines, long rawBytes) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PublishedBoundaries read(Path gzipped, Path scratch) throws IOException {
        Path plain = scratch.resolve(gzipped.getFileName() + ".json");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
            Files.copy(in, plain);
        }
        Map<String, Geometry> outlines = new LinkedHashMap<>();
        for (AreaBoundary boundary : GeoJsonBoundaries.read(plain, "code")) {
            outlines.put(boundary.code(), boundary.outline());
        }
        JsonNode json = JSON.readTree(plain.toFile());
        long raw = Files.size(plain);
        Files.delete(plain);
        return new PublishedBoundaries(json, outlines, raw);
    }
}
