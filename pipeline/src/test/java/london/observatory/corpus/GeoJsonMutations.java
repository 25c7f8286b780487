package london.observatory.corpus;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GeoJSON-only damage: rings that do not close or have two points, coordinates out of range or not numbers. */
final class GeoJsonMutations {

    private GeoJsonMutations() {}

    static List<Mutation> all() {
        return List.of(
                geometry("ring-not-closed", g -> ring(g).remove(ring(g).size() - 1)),
                geometry("ring-of-two-points", g -> {
                    ArrayNode ring = ring(g);
                    while (ring.size() > 2) {
                        ring.remove(ring.size() - 1);
                    }
                }),
                geometry("ring-empty", g -> ring(g).removeAll()),
                geometry("coordinate-nan-text", g -> ((ArrayNode) ring(g).get(0)).set(0, "NaN")),
                geometry("coordinate-huge", g -> ((ArrayNode) ring(g).get(0)).set(0, 1e308)),
                geometry("coordinate-one-number", g -> ((ArrayNode) ring(g).get(0)).remove(1)),
                geometry("geometry-point", g -> g.put("type", "Point")),
                geometry("geometry-unknown-type", g -> g.put("type", "Hexagon")),
                feature("geometry-null", f -> f.putNull("geometry")),
                feature("code-missing", f -> ((ObjectNode) f.get("properties")).remove("LSOA21CD")),
                feature("code-number", f -> ((ObjectNode) f.get("properties")).put("LSOA21CD", 42)),
                Mutation.fixed(
                        "crs-british-grid",
                        b -> JsonMutations.tree(
                                b,
                                root -> ((ObjectNode) root)
                                        .putObject("crs")
                                        .putObject("properties")
                                        .put("name", "urn:ogc:def:crs:EPSG::27700"))),
                Mutation.fixed(
                        "features-object",
                        b -> JsonMutations.tree(b, root -> ((ObjectNode) root).putObject("features"))));
    }

    private static Mutation feature(String name, java.util.function.Consumer<ObjectNode> change) {
        return Mutation.fixed(
                name,
                b -> JsonMutations.tree(
                        b,
                        root -> change.accept((ObjectNode) root.get("features").get(0))));
    }

    private static Mutation geometry(String name, java.util.function.Consumer<ObjectNode> change) {
        return feature(name, f -> change.accept((ObjectNode) f.get("geometry")));
    }

    /** The first ring of the geometry, a Polygon's or a MultiPolygon's. */
    private static ArrayNode ring(ObjectNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        JsonNode first = coordinates.get(0);
        return (ArrayNode) ("MultiPolygon".equals(geometry.get("type").asString()) ? first.get(0) : first);
    }
}
