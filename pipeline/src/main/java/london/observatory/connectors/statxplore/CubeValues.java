package london.observatory.connectors.statxplore;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One measure's cube flattened to cell texts in row-major order (the last field varies fastest),
 * after checking that its nesting matches the fields exactly: one level per field, each level as
 * long as that field's item list. A null cell (suppressed or unavailable; the API's form for these
 * is unconfirmed) becomes empty text, never a zero.
 */
final class CubeValues {

    private final List<CubeAxis> axes;
    private final String where;
    private final String[] cells;
    private int filled;

    private CubeValues(List<CubeAxis> axes, String where, int size) {
        this.axes = axes;
        this.where = where;
        this.cells = new String[size];
    }

    /** The measure's cell texts; {@code where} is {@code "<file>: cube <measure uri>"} for messages. */
    static String[] flatten(JsonNode values, List<CubeAxis> axes, String where) throws StatXploreFormatException {
        long size = 1;
        for (CubeAxis axis : axes) {
            size *= axis.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new StatXploreFormatException(where + ": more than " + Integer.MAX_VALUE + " cells");
            }
        }
        if (values == null) {
            throw new StatXploreFormatException(where + " has no values");
        }
        CubeValues cube = new CubeValues(axes, where, (int) size);
        cube.fill(values, new int[axes.size()], 0);
        return cube.cells;
    }

    private void fill(JsonNode node, int[] at, int depth) throws StatXploreFormatException {
        if (depth == axes.size()) {
            cells[filled++] = text(node, at);
            return;
        }
        CubeAxis axis = axes.get(depth);
        if (!node.isArray() || node.size() != axis.size()) {
            String found = node.isArray() ? node.size() + " entries" : "a " + kind(node);
            throw new StatXploreFormatException(where + ": dimension " + (depth + 1) + " (" + axis.label() + ") has "
                    + found + " at " + position(at, depth) + ", but the field has " + axis.size() + " items");
        }
        for (int i = 0; i < axis.size(); i++) {
            at[depth] = i;
            fill(node.get(i), at, depth + 1);
        }
    }

    private String text(JsonNode cell, int[] at) throws StatXploreFormatException {
        if (cell.isNull()) {
            return "";
        }
        if (cell.isNumber()) {
            return cell.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (cell.isString()) {
            return cell.stringValue(); // not seen from the API; kept as written so the mapping can judge it
        }
        String problem = cell.isArray() ? "is nested deeper than the " + axes.size() + " fields" : "is a " + kind(cell);
        throw new StatXploreFormatException(where + ": the value at " + position(at, axes.size()) + " " + problem);
    }

    private static String position(int[] at, int depth) {
        StringBuilder s = new StringBuilder("values");
        for (int i = 0; i < depth; i++) {
            s.append('[').append(at[i]).append(']');
        }
        return s.toString();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
