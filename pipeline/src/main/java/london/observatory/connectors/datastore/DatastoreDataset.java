package london.observatory.connectors.datastore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.source.BoundedJson;
import london.observatory.source.ReadLimits;
import london.observatory.source.Snippet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A London Datastore {@code /api/dataset/{id}} answer: a DataPress (not CKAN)
 * dataset whose {@code resources} is an object keyed by resource id, not an array. Only the fields the
 * feed uses are read; unknown ones are ignored.
 *
 * @param resources in the order the JSON lists them
 * @param updatedAt the dataset's {@code updatedAt} as written, or null
 * @param licence   {@code licence.title} (or the licence text when it is a plain string), or null
 */
public record DatastoreDataset(
        String id,
        String title,
        String updatedAt,
        String licence,
        String licenceUrl,
        List<DatastoreResource> resources) {

    private static final JsonMapper JSON =
            BoundedJson.wholeDocuments(ReadLimits.DEFAULT).build();

    public DatastoreDataset {
        resources = List.copyOf(resources);
    }

    /**
     * Reads a dataset document.
     *
     * @throws IllegalArgumentException naming what is wrong (not JSON, truncated, no {@code resources} object)
     */
    public static DatastoreDataset parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    public static DatastoreDataset parse(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "is not valid JSON (truncated?): " + Snippet.of(e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("is not a dataset: expected a JSON object");
        }
        JsonNode resources = root.path("resources");
        if (!resources.isObject()) {
            throw new IllegalArgumentException("is not a dataset: 'resources' is "
                    + (resources.isMissingNode() ? "missing" : "not an object keyed by resource id"));
        }
        List<DatastoreResource> list = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : resources.properties()) {
            list.add(resource(entry.getKey(), entry.getValue()));
        }
        JsonNode licence = root.path("licence");
        return new DatastoreDataset(
                text(root, "id"),
                text(root, "title"),
                text(root, "updatedAt"),
                licence.isObject() ? text(licence, "title") : text(root, "licence"),
                licence.isObject() ? text(licence, "url") : null,
                list);
    }

    private static DatastoreResource resource(String id, JsonNode r) {
        Long size = number(r, "check_size");
        Long order = number(r, "order");
        return new DatastoreResource(
                id,
                text(r, "title"),
                text(r, "url"),
                text(r, "format"),
                order == null ? null : order.intValue(),
                text(r, "check_hash"),
                text(r, "check_timestamp"),
                size,
                text(r, "temporal_coverage_from"),
                text(r, "temporal_coverage_to"));
    }

    /** A scalar as text; null when absent, null or blank. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String s = value.asString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A whole number written as a number or as digits; null otherwise. */
    private static Long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        String s = text(node, field);
        return s != null && s.matches("-?\\d{1,18}") ? Long.parseLong(s) : null;
    }

    /** The resource with this id, or null. */
    public DatastoreResource resource(String resourceId) {
        return resources.stream()
                .filter(r -> r.id().equals(resourceId))
                .findFirst()
                .orElse(null);
    }
}
