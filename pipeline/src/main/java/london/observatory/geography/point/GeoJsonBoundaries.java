package london.observatory.geography.point;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import london.observatory.source.BoundedJson;
import london.observatory.source.ReadLimits;
import london.observatory.source.Snippet;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads area outlines from a GeoJSON FeatureCollection in lon/lat (CRS84, as ONS's boundary files come).
 * The file is streamed and only one feature's JSON tree exists at a time, so memory follows the
 * geometries kept, not the size of the text. Any problem names the file and the feature (its position,
 * line and, when known, its code).
 */
public final class GeoJsonBoundaries {

    /** The ONS property holding an LSOA 2021 code. */
    public static final String LSOA21_CODE = "LSOA21CD";

    /** Names under which GeoJSON files declare plain lon/lat on WGS84; absent means the same (RFC 7946). */
    private static final Set<String> LON_LAT_CRS = Set.of(
            "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326", "EPSG:4326");

    private static final JsonMapper JSON =
            BoundedJson.streamed(ReadLimits.DEFAULT).build();

    private GeoJsonBoundaries() {}

    /** The outlines of a file of LSOA 2021 boundaries, keyed by {@value #LSOA21_CODE}. */
    public static List<AreaBoundary> read(Path file) {
        return read(file, LSOA21_CODE);
    }

    /** The outlines of a file of area boundaries, each keyed by the string property {@code codeProperty}. */
    public static List<AreaBoundary> read(Path file, String codeProperty) {
        GeoJsonPolygons polygons = new GeoJsonPolygons(new GeometryFactory());
        List<AreaBoundary> boundaries = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(file + ": not a GeoJSON object");
            }
            boolean sawFeatures = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("features".equals(member) && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    readFeatures(parser, file, codeProperty, polygons, boundaries);
                } else if ("crs".equals(member)) {
                    requireLonLat(file, parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawFeatures) {
                throw new IllegalArgumentException(
                        file + ": no \"features\" array; expected a GeoJSON FeatureCollection");
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    file + ": malformed JSON: " + Snippet.of(e.getOriginalMessage()) + " at line " + line(e), e);
        }
        return boundaries;
    }

    private static void readFeatures(
            JsonParser parser, Path file, String codeProperty, GeoJsonPolygons polygons, List<AreaBoundary> into) {
        int position = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            position++;
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode feature = parser.readValueAsTree();
            String code = feature.path("properties").path(codeProperty).stringValue(null);
            String where = file + ": feature " + position + " (line " + line
                    + (code == null ? "" : ", " + codeProperty + " " + code) + ")";
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException(where + ": no string property " + codeProperty);
            }
            try {
                into.add(new AreaBoundary(code, polygons.read(feature.get("geometry"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }

    /** Boundaries in another system (say British National Grid metres) would silently place nothing. */
    private static void requireLonLat(Path file, JsonNode crs) {
        String name = crs.path("properties").path("name").asString("");
        if (!name.isEmpty() && !LON_LAT_CRS.contains(name)) {
            throw new IllegalArgumentException(file + ": coordinate reference system " + name
                    + " is not lon/lat (CRS84); reproject the file first");
        }
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }
}
