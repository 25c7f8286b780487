package london.observatory.boundaries;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes areas as a gzipped GeoJSON FeatureCollection (RFC 7946): one feature per area, {@code id} and
 * {@code properties.code} its code, {@code properties.name} its name, the geometry a Polygon or MultiPolygon in
 * lon/lat. The collection's own {@code properties} (a foreign member the RFC allows) say how the outlines were made.
 * Streamed, so no JSON tree of the whole file is ever held. Coordinates are written in plain decimals
 * ({@code 0.00012}, never {@code 1.2E-4}, which appears near the Greenwich meridian and costs bytes).
 */
final class FeatureCollectionWriter {

    /** One area's feature. */
    record Feature(String code, String name, Geometry outline) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeatureCollectionWriter() {}

    /** Writes {@code file} and returns its size in bytes. */
    static long write(Path file, Map<String, Object> properties, List<Feature> features) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writePOJOProperty("properties", properties);
            json.writeName("features");
            json.writeStartArray();
            for (Feature feature : features) {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeStringProperty("id", feature.code());
                json.writeName("properties");
                json.writeStartObject();
                json.writeStringProperty("code", feature.code());
                json.writeStringProperty("name", feature.name());
                json.writeEndObject();
                json.writeName("geometry");
                geometry(json, feature.outline());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return Files.size(file);
    }

    private static void geometry(JsonGenerator json, Geometry outline) {
        json.writeStartObject();
        if (outline instanceof Polygon polygon) {
            json.writeStringProperty("type", "Polygon");
            json.writeName("coordinates");
            polygon(json, polygon);
        } else if (outline instanceof MultiPolygon multi) {
            json.writeStringProperty("type", "MultiPolygon");
            json.writeName("coordinates");
            json.writeStartArray();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygon(json, (Polygon) multi.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a Polygon or MultiPolygon: " + outline.getGeometryType());
        }
        json.writeEndObject();
    }

    /** The outer ring anticlockwise and holes clockwise, as RFC 7946 asks (renderers filling by winding need it). */
    private static void polygon(JsonGenerator json, Polygon polygon) {
        json.writeStartArray();
        ring(json, polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(json, polygon.getInteriorRingN(i), false);
        }
        json.writeEndArray();
    }

    private static void ring(JsonGenerator json, LineString ring, boolean anticlockwise) {
        Coordinate[] positions = ring.getCoordinates();
        if (Orientation.isCCW(positions) != anticlockwise) {
            positions = positions.clone();
            CoordinateArrays.reverse(positions);
        }
        json.writeStartArray();
        for (Coordinate c : positions) {
            json.writeStartArray();
            json.writeNumber(decimal(c.x));
            json.writeNumber(decimal(c.y));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** A coordinate already rounded to 5 decimals, as its shortest plain decimal text. */
    private static String decimal(double degrees) {
        long units = Math.round(degrees * 100_000);
        return BigDecimal.valueOf(units, 5).stripTrailingZeros().toPlainString();
    }
}
