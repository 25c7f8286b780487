package london.observatory.geography.point;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Turns the {@code geometry} member of a GeoJSON feature (RFC 7946) into a JTS Polygon or MultiPolygon.
 * Only areas are accepted: a boundary file holding points or lines is a mistake worth stopping for.
 * Problems are reported as {@link IllegalArgumentException} with what was wrong; the caller adds the
 * file and the feature.
 */
final class GeoJsonPolygons {

    private final GeometryFactory factory;

    GeoJsonPolygons(GeometryFactory factory) {
        this.factory = factory;
    }

    Geometry read(JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            throw new IllegalArgumentException("no geometry");
        }
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> multiPolygon(coordinates);
            default ->
                throw new IllegalArgumentException("geometry type '" + type + "' is not Polygon or MultiPolygon");
        };
    }

    private Geometry multiPolygon(JsonNode polygons) {
        requireNonEmptyArray(polygons, "MultiPolygon coordinates");
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(polygons.get(i));
        }
        return factory.createMultiPolygon(parts);
    }

    /** The first ring is the outline, any further rings are holes. */
    private Polygon polygon(JsonNode rings) {
        requireNonEmptyArray(rings, "Polygon coordinates");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        requireNonEmptyArray(positions, "ring");
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i));
        }
        if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("ring of " + coordinates.length
                    + " positions is not closed (needs at least 4, the last equal to the first)");
        }
        return factory.createLinearRing(coordinates);
    }

    /** [longitude, latitude] (a third value, height, is ignored). */
    private static Coordinate position(JsonNode position) {
        if (position == null
                || !position.isArray()
                || position.size() < 2
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("position " + position + " is not [longitude, latitude]");
        }
        return new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
    }

    private static void requireNonEmptyArray(JsonNode node, String what) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(what + " must be a non-empty array");
        }
    }
}
