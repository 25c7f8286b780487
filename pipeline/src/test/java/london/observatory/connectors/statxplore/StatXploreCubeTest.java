package london.observatory.connectors.statxplore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import london.observatory.source.Cell;
import london.observatory.source.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixture: 4 geography items (3 LSOAs + Total) × 2 months × 3 regimes = 24 cells, one of them
 * null (Camden 001A, July 2024, CE).
 */
class StatXploreCubeTest {

    private static final String FIXTURE = "uc-conditionality-table.json";
    private static final String MEASURE = "str:count:UC_Monthly:V_F_UC_CASELOAD_FULL";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void headerIsLabelAndCodePerFieldThenOneColumnPerMeasure() throws IOException {
        try (StatXploreCube cube = StatXploreCube.open(fixture())) {
            assertThat(cube.header())
                    .containsExactly(
                            "National - Regional - LA - OAs",
                            "National - Regional - LA - OAs code",
                            "Month",
                            "Month code",
                            "Conditionality Regime",
                            "Conditionality Regime code",
                            "People on Universal Credit");
        }
    }

    @Test
    void oneRowPerCellInRowMajorOrderNumberedFromOne() throws IOException {
        List<SourceRow> rows = rows(fixture());

        assertThat(rows).hasSize(24);
        assertThat(rows)
                .extracting(SourceRow::line)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 24).boxed().toList());
        assertThat(rows).extracting(SourceRow::file).containsOnly(FIXTURE);
        assertThat(rows.get(0).cells())
                .containsExactly("Camden 001A", "E01990029", "June 2024", "202406", "Searching for work", "AA", "112");
        assertThat(rows.get(1).cells())
                .containsExactly("Camden 001A", "E01990029", "June 2024", "202406", "No work requirements", "BC", "95");
        assertThat(rows.get(3).cells())
                .containsExactly("Camden 001A", "E01990029", "July 2024", "202407", "Searching for work", "AA", "118");
        assertThat(rows.get(13).cells())
                .containsExactly(
                        "Camden 001C", "E01990031", "June 2024", "202406", "No work requirements", "BC", "170");
        assertThat(rows)
                .extracting(row -> row.cell(6))
                .containsExactly(
                        "112", "95", "14", "118", "97", "", "64", "51", "9", "66", "50", "10", "203", "170", "22",
                        "199", "176", "25", "379", "316", "45", "383", "323", "38");
    }

    @Test
    void nullCellIsEmptyTextNotZero() throws IOException {
        SourceRow suppressed = rows(fixture()).get(5);

        assertThat(suppressed.line()).isEqualTo(6);
        assertThat(suppressed.cells())
                .containsExactly("Camden 001A", "E01990029", "July 2024", "202407", "Preparing for work", "CE", "");
        assertThat(Cell.parse(suppressed.cell(6)).isEmpty()).isTrue();
    }

    @Test
    void totalItemIsKeptWithCodeTotal() throws IOException {
        List<SourceRow> rows = rows(fixture());

        assertThat(rows)
                .filteredOn(row -> row.cell(1).equals("Total"))
                .hasSize(6)
                .extracting(SourceRow::line)
                .containsExactly(19L, 20L, 21L, 22L, 23L, 24L);
        assertThat(rows.get(18).cells())
                .containsExactly("Total", "Total", "June 2024", "202406", "Searching for work", "AA", "379");
        assertThat(rows).extracting(row -> row.cell(1)).containsOnly("E01990029", "E01990030", "E01990031", "Total");
    }

    @Test
    void decimalsAreKeptAndWholeNumbersLoseTheirPointZero() throws IOException {
        Path file = variant(root -> {
            ArrayNode june = (ArrayNode) values(root).get(1).get(0);
            june.set(0, 12.5);
            june.set(1, 0.0);
            june.set(2, 1.0e6);
        });

        assertThat(rows(file).subList(6, 9)).extracting(row -> row.cell(6)).containsExactly("12.5", "0", "1000000");
    }

    @Test
    void customGroupJoinsItsCodes() throws IOException {
        Path file = variant(root -> {
            ArrayNode uris =
                    (ArrayNode) root.get("fields").get(0).get("items").get(0).get("uris");
            uris.add("str:value:UC_Monthly:V_F_UC_CASELOAD_FULL:COA_CODE:V_C_MASTERGEOG21_LSOA_TO_MSOA:E01990032");
        });

        assertThat(rows(file).get(0).cell(1)).isEqualTo("E01990029+E01990032");
    }

    @Test
    void secondMeasureAddsAColumnOfItsOwn() throws IOException {
        String second = "str:count:UC_Monthly:V_F_UC_HOUSEHOLDS";
        Path file = variant(root -> {
            ((ArrayNode) root.get("measures")).addObject().put("uri", second).put("label", "Households");
            JsonNode copy = root.get("cubes").get(MEASURE).deepCopy();
            ((ObjectNode) root.get("cubes")).set(second, copy);
        });

        try (StatXploreCube cube = StatXploreCube.open(file)) {
            assertThat(cube.header()).endsWith("People on Universal Credit", "Households");
            assertThat(cube.next().cells()).endsWith("112", "112");
        }
    }

    @Test
    void monthWithAnItemMoreThanTheCubeFailsNamingFileAndDimension() throws IOException {
        Path file = variant(root -> ((ArrayNode) root.get("fields").get(1).get("items"))
                .addObject()
                .put("type", "RecodeItem")
                .putArray("uris")
                .add("str:value:UC_Monthly:F_UC_DATE:DATE_NAME:C_UC_DATE:202408"));

        assertThatThrownBy(() -> StatXploreCube.open(file))
                .isInstanceOf(StatXploreFormatException.class)
                .hasMessage("variant.json: cube " + MEASURE + ": dimension 2 (Month) has 2 entries at values[0], "
                        + "but the field has 3 items");
    }

    @Test
    void cubeMissingAFieldLevelFails() throws IOException {
        Path file = variant(root -> ((ObjectNode) root.get("cubes").get(MEASURE))
                .putArray("values")
                .add(JSON.createArrayNode().add(1.0).add(2.0)));

        assertThatThrownBy(() -> StatXploreCube.open(file))
                .isInstanceOf(StatXploreFormatException.class)
                .hasMessage("variant.json: cube " + MEASURE
                        + ": dimension 1 (National - Regional - LA - OAs) has 1 entries "
                        + "at values, but the field has 4 items");
    }

    @Test
    void cubeNestedDeeperThanItsFieldsFails() throws IOException {
        Path file = variant(root -> ((ArrayNode) values(root).get(2).get(1))
                .set(0, JSON.createArrayNode().add(1.0)));

        assertThatThrownBy(() -> StatXploreCube.open(file))
                .isInstanceOf(StatXploreFormatException.class)
                .hasMessage("variant.json: cube " + MEASURE
                        + ": the value at values[2][1][0] is nested deeper than the 3 fields");
    }

    @Test
    void measureMissingFromCubesFails() throws IOException {
        Path file = variant(root -> ((ObjectNode) root.get("cubes")).remove(MEASURE));

        assertThatThrownBy(() -> StatXploreCube.open(file))
                .isInstanceOf(StatXploreFormatException.class)
                .hasMessage("variant.json: measure " + MEASURE + " is missing from cubes");
    }

    @Test
    void itemWithoutUrisThatIsNoTotalFails() throws IOException {
        Path file = variant(
                root -> ((ObjectNode) root.get("fields").get(2).get("items").get(1)).remove("uris"));

        assertThatThrownBy(() -> StatXploreCube.open(file))
                .isInstanceOf(StatXploreFormatException.class)
                .hasMessage("variant.json: field 3 (Conditionality Regime), item 2: no uris, and not a Total item");
    }

    @Test
    void truncatedBodyFailsNamingTheFile() throws IOException {
        String whole = Files.readString(fixture());
        Path file = Files.writeString(dir.resolve("cut.json"), whole.substring(0, whole.indexOf("\"cubes\"") + 30));

        assertThatThrownBy(() -> StatXploreCube.open(file))
                .isInstanceOf(StatXploreFormatException.class)
                .hasMessageStartingWith("cut.json: truncated or invalid JSON: Unexpected end-of-input");
    }

    @Test
    void emptyOrNonObjectBodyFails() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");

        assertThatThrownBy(() -> StatXploreCube.open(empty))
                .hasMessage("empty.json: not a JSON object (empty or another kind of value)");
        assertThatThrownBy(() -> StatXploreCube.open(array))
                .hasMessage("array.json: not a JSON object (empty or another kind of value)");
    }

    @Test
    void responseWithoutFieldsFails() throws IOException {
        Path file = variant(root -> root.remove("fields"));

        assertThatThrownBy(() -> StatXploreCube.open(file)).hasMessage("variant.json: no \"fields\" array");
    }

    // --- helpers -------------------------------------------------------------------------

    private static Path fixture() {
        return StatXploreClientTest.fixturePath(FIXTURE);
    }

    private static List<SourceRow> rows(Path file) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (StatXploreCube cube = StatXploreCube.open(file)) {
            for (SourceRow row; (row = cube.next()) != null; ) {
                rows.add(row);
            }
            assertThat(rows).hasSize(cube.cellCount());
        }
        return rows;
    }

    private static ArrayNode values(ObjectNode root) {
        return (ArrayNode) root.get("cubes").get(MEASURE).get("values");
    }

    /** The fixture changed by {@code edit}, written as {@code variant.json}. */
    private Path variant(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(fixture()));
        edit.accept(root);
        return Files.writeString(dir.resolve("variant.json"), JSON.writeValueAsString(root));
    }
}
