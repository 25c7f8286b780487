package london.observatory.connectors.statxplore;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One field of a {@code /table} response: its label and, per item in order, the item's label and
 * code. The code is the last {@code :}-segment of the item's uri ({@code E01000907}, {@code 202406},
 * {@code AA}); a custom group of several values joins their codes with {@code +}; a Total item (type
 * {@code Total}, no uris) has the code {@code Total}, so the mapping can set it aside.
 */
record CubeAxis(String label, List<String> itemLabels, List<String> itemCodes) {

    static final String TOTAL = "Total";

    CubeAxis {
        itemLabels = List.copyOf(itemLabels);
        itemCodes = List.copyOf(itemCodes);
    }

    int size() {
        return itemCodes.size();
    }

    /** The {@code position}-th (0-based) entry of {@code fields}, read from {@code file}. */
    static CubeAxis of(JsonNode field, int position, String file) throws StatXploreFormatException {
        String where = file + ": field " + (position + 1);
        String label = text(field.get("label"));
        if (label == null) {
            throw new StatXploreFormatException(where + " has no label");
        }
        JsonNode items = field.get("items");
        if (items == null || !items.isArray()) {
            throw new StatXploreFormatException(where + " (" + label + ") has no items array");
        }
        List<String> labels = new ArrayList<>(items.size());
        List<String> codes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            labels.add(joined(item.get("labels"), " + "));
            String code = code(item);
            if (code == null) {
                throw new StatXploreFormatException(
                        where + " (" + label + "), item " + (i + 1) + ": no uris, and not a Total item");
            }
            codes.add(code);
        }
        return new CubeAxis(label, labels, codes);
    }

    private static String code(JsonNode item) {
        if (TOTAL.equals(text(item.get("type")))) {
            return TOTAL;
        }
        JsonNode uris = item.get("uris");
        if (uris == null || !uris.isArray() || uris.isEmpty()) {
            return null;
        }
        List<String> codes = new ArrayList<>(uris.size());
        for (JsonNode uri : uris) {
            String text = uri.asString();
            codes.add(text.substring(text.lastIndexOf(':') + 1));
        }
        return String.join("+", codes);
    }

    private static String joined(JsonNode array, String separator) {
        if (array == null || !array.isArray()) {
            return "";
        }
        List<String> parts = new ArrayList<>(array.size());
        array.forEach(part -> parts.add(part.asString()));
        return String.join(separator, parts);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.stringValue();
    }
}
