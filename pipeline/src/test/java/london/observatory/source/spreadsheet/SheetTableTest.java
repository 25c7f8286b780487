package london.observatory.source.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.source.Cell;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetTableTest {

    static final Path HCLIC = fixture("/hclic/a1-small.ods");
    static final Path INSOLVENCY = fixture("/insolvency/la-tables.xlsx");
    static final Path EXTRA_HEADER_ROW = fixture("/insolvency/la-extra-header-row.xlsx");

    @TempDir
    Path dir;

    @Test
    void odsHeaderOfThreeMergedRowsGivesOneNamePerColumn() throws Exception {
        try (SheetTable table = SheetTable.open(HCLIC, SheetLayout.sheet("A1"))) {
            assertThat(table.headerDepth()).isEqualTo(3);
            assertThat(table.headerRow()).isEqualTo(4);
            assertThat(table.header())
                    .containsExactly(
                            "ONS code",
                            "Local authority",
                            "Higher level local authority",
                            "Higher level local authority code",
                            "",
                            "Initial assessments: Total number of households assessed",
                            "Initial assessments: Total owed a prevention or relief duty",
                            "Initial assessments: Threatened with homelessness within 56 days - Prevention duty owed: Total",
                            "Initial assessments: Threatened with homelessness within 56 days - Prevention duty owed: "
                                    + "of which: due to service of valid Section 21 Notice",
                            "Initial assessments: Homeless - Relief duty owed",
                            "Initial assessments: Not homeless nor threatened with homelessness within 56 days - no duty owed",
                            "Number of households in area (000s)",
                            "Households assessed as threatened with homelessness per (000s)",
                            "Households assessed as homeless per (000s)");
        }
    }

    @Test
    void xlsxSingleHeaderRowHasDepthOneAndYearsAsPlainText() throws Exception {
        try (SheetTable table = SheetTable.open(INSOLVENCY, SheetLayout.sheet("Table_2"))) {
            assertThat(table.headerDepth()).isEqualTo(1);
            assertThat(table.headerRow()).isEqualTo(5);
            assertThat(table.header())
                    .containsExactly("Area code", "Area name", "Insolvency type", "2021", "2022", "2023");
        }
    }

    @Test
    void oneExtraHeaderRowIsDetectedAndItsGroupHeadingFilledFromTheLeft() throws Exception {
        try (SheetTable table = SheetTable.open(EXTRA_HEADER_ROW, SheetLayout.sheet("Table_2"))) {
            assertThat(table.headerDepth()).isEqualTo(2);
            assertThat(table.headerRow()).isEqualTo(3);
            assertThat(table.header())
                    .containsExactly(
                            "Area code",
                            "Area name",
                            "Insolvency type",
                            "Number of individual insolvencies by calendar year: 2021",
                            "Number of individual insolvencies by calendar year: 2022",
                            "Number of individual insolvencies by calendar year: 2023");
            assertThat(rows(table)).extracting(SourceRow::line).containsExactly(5L, 6L, 7L);
        }
    }

    @Test
    void rowsCarryFileSheetAndSheetRowAndBlankRowsAreSkipped() throws Exception {
        try (SheetTable table = SheetTable.open(HCLIC, SheetLayout.sheet("A1"))) {
            List<SourceRow> rows = rows(table);

            assertThat(rows).extracting(SourceRow::line).containsExactly(7L, 8L, 9L, 10L, 12L, 13L, 14L, 15L, 16L, 18L);
            assertThat(rows).extracting(SourceRow::file).containsOnly("a1-small.ods#A1");
            assertThat(rows).allSatisfy(row -> assertThat(row.cells()).hasSize(14));
        }
    }

    @Test
    void markersAndNumbersTypedAsTextAreKeptAsWritten() throws Exception {
        try (SheetTable table = SheetTable.open(HCLIC, SheetLayout.sheet("A1"))) {
            List<SourceRow> rows = rows(table);

            assertThat(rows.get(2).cells())
                    .containsExactly(
                            "E09000001",
                            "City of London",
                            "London",
                            "E12000007",
                            "",
                            "21",
                            "19",
                            "7",
                            "[c]",
                            "12",
                            "2",
                            "4.567",
                            "1.53",
                            "2.63");
            assertThat(rows.get(3).cell(5)).isEqualTo("1,234");
            assertThat(Cell.parse(rows.get(3).cell(5)).value()).isEqualTo(1234.0);
            assertThat(rows.get(4).cells().subList(5, 11)).containsOnly("..");
            assertThat(rows.get(5).cell(9)).isEqualTo("2O5");
            assertThat(Cell.parse(rows.get(5).cell(9)).valid()).isFalse();
        }
    }

    @Test
    void storedNumbersArePlainDecimalsWithoutPointZeroOrExponent() throws Exception {
        List<String> cells = new ArrayList<>();
        try (SheetTable ods = SheetTable.open(HCLIC, SheetLayout.sheet("A1"));
                SheetTable xlsx =
                        SheetTable.open(fixture("/insolvency/la-tables.xlsx"), SheetLayout.sheet("Table_3"))) {
            rows(ods).forEach(row -> cells.addAll(row.cells()));
            rows(xlsx).forEach(row -> cells.addAll(row.cells()));
        }
        assertThat(cells)
                .contains("78310", "4.567", "96.812", "1.5")
                .noneMatch(cell -> cell.endsWith(".0") || cell.matches(".*\\d[eE][-+]?\\d.*"));
    }

    @Test
    void sheetIsChosenByNamePatternAndTitle() throws Exception {
        SheetLayout rates = SheetLayout.sheetMatching("Table_\\d+").titled("(?i)rates per 10,000 adults");

        try (SheetTable table = SheetTable.open(INSOLVENCY, rates)) {
            assertThat(table.source()).isEqualTo("la-tables.xlsx#Table_3");
            assertThat(table.title()).startsWith("Table 3: Individual insolvency rates per 10,000 adults");
        }
    }

    @Test
    void missingOdsSheetIsNamedWithTheSheetsThereAre() {
        assertThatThrownBy(() -> SheetTable.open(HCLIC, SheetLayout.sheet("A9")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage("no sheet 'A9' in a1-small.ods (sheets: Contents, A1, A2P)");
    }

    @Test
    void missingXlsxSheetIsNamedWithTheSheetsThereAre() {
        assertThatThrownBy(() -> SheetTable.open(INSOLVENCY, SheetLayout.sheet("Table_9")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage(
                        "no sheet 'Table_9' in la-tables.xlsx (sheets: Cover, Contents, Notes, Table_1, Table_2, Table_3)");
    }

    @Test
    void missingHeaderAnchorNamesFileAndSheet() {
        assertThatThrownBy(() -> SheetTable.open(HCLIC, SheetLayout.sheet("Contents")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage("no header row in a1-small.ods#Contents: no cell matches /"
                        + SheetLayout.CODE_ANCHOR.pattern() + "/ in a row of two or more cells");
        assertThatThrownBy(() -> SheetTable.open(INSOLVENCY, SheetLayout.sheet("Cover")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessageStartingWith("no header row in la-tables.xlsx#Cover: ");
    }

    @Test
    void fileThatIsNotASpreadsheetSaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("table.csv"), "code,value\n");
        Path fakeOds = Files.writeString(dir.resolve("fake.ods"), "code,value\n");
        Path fakeXlsx = Files.writeString(dir.resolve("fake.xlsx"), "code,value\n");

        assertThatThrownBy(() -> SheetTable.open(csv, SheetLayout.sheet("A1")))
                .hasMessage("table.csv: not a spreadsheet this reader knows (.ods, .xlsx)");
        assertThatThrownBy(() -> SheetTable.open(fakeOds, SheetLayout.sheet("A1")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessageStartingWith("fake.ods is not an ODS file");
        assertThatThrownBy(() -> SheetTable.open(fakeXlsx, SheetLayout.sheet("A1")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessageStartingWith("fake.xlsx is not an XLSX file");
    }

    static List<SourceRow> rows(SourceTable table) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = table.next(); row != null; row = table.next()) {
            rows.add(row);
        }
        return rows;
    }

    static Path fixture(String resource) {
        try {
            return Path.of(SheetTableTest.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
