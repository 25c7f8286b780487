package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.source.BoundedJson;
import london.observatory.source.FileSignature;
import london.observatory.source.ReadLimits;
import london.observatory.source.Snippet;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A landed {@code POST /table} response as a {@link SourceTable}: one row per cube cell.
 *
 * <p>Header: per field, {@code <field label>} (the item's label) and {@code <field label> code} (the
 * last {@code :}-segment of the item's uri, {@code Total} for a Total item); then one column per
 * measure, headed by the measure's label, holding the cell's value ({@code 412}, {@code 12.5}) or
 * empty text for a null cell. Rows follow the cube's row-major order (the last field varies
 * fastest); {@link SourceRow#line()} is the 1-based cell number.
 *
 * <p>The whole response is read as a tree: at London LSOA level it is about 5k areas × a few months
 * × a few regimes, a few megabytes. The cube is checked against its fields before any row is given
 * out, so a mismatched response fails whole rather than half-ingested.
 */
public final class StatXploreCube implements SourceTable {

    private static final JsonMapper JSON = BoundedJson.wholeDocuments(ReadLimits.DEFAULT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String file;
    private final List<String> header;
    private final List<CubeAxis> axes;
    private final List<String[]> measures;
    private final int cells;
    private int next;

    private StatXploreCube(String file, List<CubeAxis> axes, List<String> measureLabels, List<String[]> measures) {
        this.file = file;
        this.axes = axes;
        this.measures = measures;
        this.cells = measures.get(0).length;
        List<String> columns = new ArrayList<>();
        for (CubeAxis axis : axes) {
            columns.add(axis.label());
            columns.add(axis.label() + " code");
        }
        columns.addAll(measureLabels);
        this.header = List.copyOf(columns);
    }

    /**
     * Reads and checks a landed response.
     *
     * @throws StatXploreFormatException naming the file and what is wrong: truncated or invalid JSON,
     *         missing {@code fields}/{@code measures}/{@code cubes}, a measure without its cube, or a
     *         cube whose nesting does not match the fields' item counts
     */
    public static StatXploreCube open(Path path) throws IOException {
        String file = path.getFileName().toString();
        FileSignature.requireText(path, "JSON");
        JsonNode root = read(path, file);
        try {
            return of(root, file);
        } catch (JacksonException e) {
            // a member of the wrong kind (an array where a label's text should be) meets Jackson's coercion
            throw new StatXploreFormatException(
                    file + ": not a Stat-Xplore table: " + Snippet.of(e.getOriginalMessage()));
        }
    }

    private static StatXploreCube of(JsonNode root, String file) throws IOException {
        List<CubeAxis> axes = new ArrayList<>();
        JsonNode fields = array(root, "fields", file);
        for (int i = 0; i < fields.size(); i++) {
            axes.add(CubeAxis.of(fields.get(i), i, file));
        }
        JsonNode measureList = array(root, "measures", file);
        JsonNode cubes = root.get("cubes");
        if (cubes == null || !cubes.isObject()) {
            throw new StatXploreFormatException(file + ": no \"cubes\" object");
        }
        if (measureList.isEmpty()) {
            throw new StatXploreFormatException(file + ": \"measures\" is empty");
        }
        List<String> labels = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        for (JsonNode measure : measureList) {
            String uri = measure.path("uri").asString("");
            JsonNode cube = cubes.get(uri);
            if (cube == null) {
                throw new StatXploreFormatException(file + ": measure " + uri + " is missing from cubes");
            }
            labels.add(measure.path("label").asString(uri));
            values.add(CubeValues.flatten(cube.get("values"), axes, file + ": cube " + uri));
        }
        return new StatXploreCube(file, List.copyOf(axes), labels, values);
    }

    private static JsonNode read(Path path, String file) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw new StatXploreFormatException(file + ": not a JSON object (empty or another kind of value)");
            }
            return root;
        } catch (JacksonException e) {
            throw new StatXploreFormatException(
                    file + ": truncated or invalid JSON: " + Snippet.of(e.getOriginalMessage()));
        }
    }

    private static JsonNode array(JsonNode root, String name, String file) throws StatXploreFormatException {
        JsonNode node = root.get(name);
        if (node == null || !node.isArray()) {
            throw new StatXploreFormatException(file + ": no \"" + name + "\" array");
        }
        return node;
    }

    @Override
    public List<String> header() {
        return header;
    }

    /** Cells in the cube: the product of the fields' item counts. */
    public int cellCount() {
        return cells;
    }

    @Override
    public SourceRow next() {
        if (next >= cells) {
            return null;
        }
        int cell = next++;
        String[] row = new String[header.size()];
        int rest = cell;
        for (int d = axes.size() - 1; d >= 0; d--) {
            CubeAxis axis = axes.get(d);
            int item = rest % axis.size();
            rest /= axis.size();
            row[2 * d] = axis.itemLabels().get(item);
            row[2 * d + 1] = axis.itemCodes().get(item);
        }
        for (int m = 0; m < measures.size(); m++) {
            row[2 * axes.size() + m] = measures.get(m)[cell];
        }
        return new SourceRow(file, cell + 1L, List.of(row));
    }

    @Override
    public void close() {
        // the tree was read whole in open(); nothing is held open
    }
}
