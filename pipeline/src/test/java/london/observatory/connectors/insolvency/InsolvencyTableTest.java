package london.observatory.connectors.insolvency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.RepoFiles;
import london.observatory.connectors.insolvency.InsolvencyTable.Statistic;
import london.observatory.geography.RealLondonData;
import london.observatory.source.SourceRow;
import london.observatory.source.spreadsheet.SampleSheet;
import london.observatory.source.spreadsheet.SheetLayout;
import london.observatory.source.spreadsheet.SpreadsheetFormatException;
import london.observatory.source.spreadsheet.SpreadsheetSamples;
import london.observatory.source.spreadsheet.XlsxSampleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsolvencyTableTest {

    @TempDir
    Path dir;

    @Test
    void countTableGivesOneRowPerAreaTypeAndYearAndSetsAsideFiveTotals() throws Exception {
        try (InsolvencyTable table = InsolvencyTable.open(fixture("la-tables.xlsx"), Statistic.COUNT)) {
            List<SourceRow> rows = rows(table);

            assertThat(table.source()).isEqualTo("la-tables.xlsx#Table_2");
            assertThat(table.header()).containsExactly("area_code", "area_name", "period", "measure", "value");
            assertThat(table.headerDepth()).isEqualTo(1);
            assertThat(table.valueColumns()).containsExactly("2021", "2022", "2023");
            assertThat(rows).hasSize(30);
            assertThat(table.areaRows()).isEqualTo(10);
            assertThat(table.aggregateRows()).isEqualTo(5);
            assertThat(table.noteRows()).isEqualTo(1);
            assertThat(rows.subList(0, 3))
                    .extracting(SourceRow::cells)
                    .containsExactly(
                            List.of("E09000001", "City of London", "2021", "Bankruptcies", "[c]"),
                            List.of("E09000001", "City of London", "2022", "Bankruptcies", "[c]"),
                            List.of("E09000001", "City of London", "2023", "Bankruptcies", "5"));
            assertThat(rows.subList(0, 3)).extracting(SourceRow::line).containsOnly(10L);
        }
    }

    @Test
    void markersTextNumbersBadNumbersAndBadCodesComeThroughAsWritten() throws Exception {
        try (InsolvencyTable table = InsolvencyTable.open(fixture("la-tables.xlsx"), Statistic.COUNT)) {
            List<SourceRow> rows = rows(table);

            assertThat(rows)
                    .filteredOn(row -> row.line() == 12 && row.cell(2).equals("2022"))
                    .extracting(row -> row.cell(4))
                    .containsExactly("1,204");
            assertThat(rows)
                    .filteredOn(row -> row.line() == 15 && row.cell(2).equals("2021"))
                    .extracting(row -> row.cell(4))
                    .containsExactly("[x]");
            assertThat(rows)
                    .filteredOn(row -> row.line() == 16 && row.cell(2).equals("2023"))
                    .extracting(SourceRow::cells)
                    .containsExactly(List.of("E09000012", "Hackney", "2023", "Debt relief orders", "12a"));
            assertThat(rows).filteredOn(row -> row.cell(0).equals("E0900001")).hasSize(6);
        }
    }

    @Test
    void rateTableIsFoundByItsTitle() throws Exception {
        try (InsolvencyTable table = InsolvencyTable.open(fixture("la-tables.xlsx"), Statistic.RATE)) {
            List<SourceRow> rows = rows(table);

            assertThat(table.source()).isEqualTo("la-tables.xlsx#Table_3");
            assertThat(rows).hasSize(30);
            assertThat(rows)
                    .extracting(row -> row.cell(4))
                    .contains("[c]", "1,204", "12a")
                    .anyMatch(value -> value.matches("\\d+\\.\\d"));
        }
    }

    @Test
    void extraHeaderRowAboveTheYearsIsReadAsDepthTwo() throws Exception {
        try (InsolvencyTable table = InsolvencyTable.open(fixture("la-extra-header-row.xlsx"), Statistic.COUNT)) {
            List<SourceRow> rows = rows(table);

            assertThat(table.headerDepth()).isEqualTo(2);
            assertThat(table.valueColumns()).containsExactly("2021", "2022", "2023");
            assertThat(rows).hasSize(6);
            assertThat(table.aggregateRows()).isEqualTo(1);
            assertThat(rows.get(5).cells()).containsExactly("E09000007", "Camden", "2023", "Bankruptcies", "102");
        }
    }

    @Test
    void yearColumnLayoutGivesOneRowPerMeasureColumn() throws Exception {
        try (InsolvencyTable table = InsolvencyTable.open(fixture("la-long.xlsx"), Statistic.COUNT)) {
            assertThat(rows(table))
                    .extracting(SourceRow::cells)
                    .containsExactly(
                            List.of("E09000007", "Camden", "2022", "Bankruptcies", "88"),
                            List.of("E09000007", "Camden", "2022", "Debt relief orders", "143"),
                            List.of("E09000007", "Camden", "2023", "Bankruptcies", "102"),
                            List.of("E09000007", "Camden", "2023", "Debt relief orders", "[c]"));
            assertThat(table.aggregateRows()).isEqualTo(1);
        }
    }

    @Test
    void sampleHasThirtyFiveAreasFourTypesAndTenYears() throws Exception {
        Path sample = RepoFiles.dataSamples("insolvency/Individual_insolvencies_by_location_age_and_gender_2023.xlsx");
        for (Statistic statistic : Statistic.values()) {
            try (InsolvencyTable table = InsolvencyTable.open(sample, statistic)) {
                List<SourceRow> rows = rows(table);

                assertThat(table.valueColumns()).hasSize(10).startsWith("2014").endsWith("2023");
                assertThat(table.areaRows()).isEqualTo(140);
                assertThat(table.aggregateRows()).isEqualTo(20);
                assertThat(rows).hasSize(1400);
                assertThat(rows)
                        .extracting(row -> row.cell(0))
                        .filteredOn(code -> code.startsWith("E09"))
                        .hasSize(33 * 4 * 10)
                        .containsAll(boroughs());
            }
        }
    }

    @Test
    void tableWithoutYearsSaysSo() throws Exception {
        Path file = dir.resolve("insolvency.xlsx");
        XlsxSampleWriter.write(
                file,
                List.of(new SampleSheet("Table_2")
                        .row("Table 2: Number of individual insolvencies by local authority")
                        .row("Area code", "Area name", "Value")
                        .row("E09000007", "Camden", 88)));

        assertThatThrownBy(() -> InsolvencyTable.open(file, Statistic.COUNT))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage(
                        "no year columns (and no Year column) in insolvency.xlsx#Table_2 (header: [Area code, Area name, Value])");
    }

    @Test
    void workbookWithoutALocalAuthorityTableNamesItsSheets() {
        assertThatThrownBy(() -> InsolvencyTable.open(fixture("la-tables.xlsx"), SheetLayout.sheet("Table_7")))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage(
                        "no sheet 'Table_7' in la-tables.xlsx (sheets: Cover, Contents, Notes, Table_1, Table_2, Table_3)");
    }

    private static List<String> boroughs() throws IOException {
        return SpreadsheetSamples.boroughs(RealLondonData.file("geography/london_lsoa21_msoa21_lad22_lookup.csv"))
                .stream()
                .map(b -> b[0])
                .toList();
    }

    private static List<SourceRow> rows(InsolvencyTable table) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = table.next(); row != null; row = table.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static Path fixture(String name) {
        try {
            return Path.of(
                    InsolvencyTableTest.class.getResource("/insolvency/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
