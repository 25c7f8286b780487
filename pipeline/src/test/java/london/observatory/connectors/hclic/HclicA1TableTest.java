package london.observatory.connectors.hclic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import london.observatory.RepoFiles;
import london.observatory.geography.RealLondonData;
import london.observatory.source.Cell;
import london.observatory.source.SourceRow;
import london.observatory.source.spreadsheet.OdsSampleWriter;
import london.observatory.source.spreadsheet.SampleSheet;
import london.observatory.source.spreadsheet.SpreadsheetFormatException;
import london.observatory.source.spreadsheet.SpreadsheetSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HclicA1TableTest {

    @TempDir
    Path dir;

    @Test
    void fixtureGivesFiveAuthorityRowsWithThreeMeasuresAndSetsAsideFourTotals() throws Exception {
        try (HclicA1Table table = HclicA1Table.open(fixture())) {
            List<SourceRow> rows = rows(table);

            assertThat(table.header())
                    .containsExactly(
                            "area_code",
                            "area_name",
                            "quarter_start",
                            "owed_prevention_duty",
                            "owed_relief_duty",
                            "homeless_per_1000_households",
                            "households");
            assertThat(table.headerDepth()).isEqualTo(3);
            assertThat(rows).extracting(SourceRow::line).containsExactly(9L, 10L, 12L, 13L, 15L);
            assertThat(rows)
                    .extracting(SourceRow::cells)
                    .containsExactly(
                            List.of("E09000001", "City of London", "2024-01-01", "7", "12", "2.63", "4567"),
                            List.of("E09000007", "Camden", "2024-01-01", "640", "530", "5.47", "96812"),
                            List.of("E09000012", "Hackney", "2024-01-01", "..", "..", "..", "112450"),
                            List.of("E09000019", "Islington", "2024-01-01", "301", "2O5", "2.02", "101300"),
                            List.of("E07000209", "Guildford", "2024-01-01", "121", "96", "1.61", "59800"));
            assertThat(table.areaRows()).isEqualTo(5);
            assertThat(table.aggregateRows()).isEqualTo(4);
            assertThat(table.noteRows()).isEqualTo(1);
        }
    }

    @Test
    void markersStayMarkersAndTheBadNumberStaysForQuarantine() throws Exception {
        try (HclicA1Table table = HclicA1Table.open(fixture())) {
            List<SourceRow> rows = rows(table);

            assertThat(Cell.parse(rows.get(2).cell(3))).isEqualTo(new Cell(null, "..", true));
            assertThat(Cell.parse(rows.get(3).cell(4)).valid()).isFalse();
            assertThat(rows.get(3).file()).isEqualTo("a1-small.ods#A1");
        }
    }

    @Test
    void measuresAreFoundByWhatTheirColumnsSay() throws Exception {
        try (HclicA1Table table = HclicA1Table.open(fixture())) {
            assertThat(table.publishedColumns())
                    .isEqualTo(Map.of(
                            HclicA1Table.Measure.OWED_PREVENTION_DUTY,
                            "Initial assessments: Threatened with homelessness within 56 days - Prevention duty owed: Total",
                            HclicA1Table.Measure.OWED_RELIEF_DUTY,
                            "Initial assessments: Homeless - Relief duty owed",
                            HclicA1Table.Measure.HOMELESS_PER_1000_HOUSEHOLDS,
                            "Households assessed as homeless per (000s)",
                            HclicA1Table.Measure.HOUSEHOLDS,
                            "Number of households in area (000s)"));
        }
    }

    @Test
    void quarterIsReadFromTheTitle() throws Exception {
        try (HclicA1Table table = HclicA1Table.open(fixture())) {
            assertThat(table.quarterStart()).contains(LocalDate.of(2024, 1, 1));
        }
    }

    @Test
    void aTitleWithoutAQuarterLeavesThePeriodBlankSoEveryRowFailsRatherThanBeingGivenOne() throws Exception {
        Path file = dir.resolve("Detailed_LA_202406.ods");
        OdsSampleWriter.write(
                file,
                List.of(new SampleSheet("A1")
                        .row("Table A1: initial assessments")
                        .row(
                                "ONS code",
                                "Local authority",
                                "Prevention duty owed",
                                "Relief duty owed",
                                "Households assessed as homeless per (000s)",
                                "Number of households in area (000s)")
                        .row("E09000007", "Camden", 640, 530, 5.47, 96.812)));

        try (HclicA1Table table = HclicA1Table.open(file)) {
            assertThat(table.quarterStart()).isEmpty();
            assertThat(rows(table)).extracting(row -> row.cell(2)).containsExactly("");
        }
    }

    @Test
    void householdsInThousandsBecomeHouseholdsExactlyAndMarkersStay() {
        assertThat(HclicA1Table.fromThousands("96.812")).isEqualTo("96812");
        assertThat(HclicA1Table.fromThousands("60")).isEqualTo("60000");
        assertThat(HclicA1Table.fromThousands("1,096.8125")).isEqualTo("1096812.5");
        assertThat(HclicA1Table.fromThousands("0.1")).isEqualTo("100");
        assertThat(HclicA1Table.fromThousands("[c]")).isEqualTo("[c]");
        assertThat(HclicA1Table.fromThousands("")).isEqualTo("");
        assertThat(HclicA1Table.fromThousands("9O.5")).isEqualTo("9O.5");
    }

    @Test
    void sampleHasTheThirtyThreeBoroughsAndTwoAuthoritiesOutsideLondon() throws Exception {
        Set<String> boroughs =
                SpreadsheetSamples.boroughs(RealLondonData.file("geography/london_lsoa21_msoa21_lad22_lookup.csv"))
                        .stream()
                        .map(b -> b[0])
                        .collect(Collectors.toSet());

        try (HclicA1Table table = HclicA1Table.open(RepoFiles.dataSamples("hclic/Detailed_LA_202403.ods"))) {
            List<SourceRow> rows = rows(table);

            assertThat(rows).hasSize(35);
            assertThat(rows)
                    .extracting(row -> row.cell(0))
                    .filteredOn(code -> code.startsWith("E09"))
                    .containsExactlyInAnyOrderElementsOf(boroughs);
            assertThat(table.aggregateRows()).isEqualTo(5);
            assertThat(table.noteRows()).isEqualTo(2);
        }
    }

    @Test
    void missingMeasureColumnIsNamedWithTheHeaderFound() throws Exception {
        Path file = dir.resolve("Detailed_LA_202406.ods");
        OdsSampleWriter.write(
                file,
                List.of(new SampleSheet("A1")
                        .row(
                                "ONS code",
                                "Local authority",
                                "Prevention duty owed",
                                "Households assessed as homeless per (000s)")
                        .row("E09000007", "Camden", 640, 5.47)));

        assertThatThrownBy(() -> HclicA1Table.open(file))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage("no columns for owed_relief_duty in Detailed_LA_202406.ods#A1 (header: [ONS code, "
                        + "Local authority, Prevention duty owed, Households assessed as homeless per (000s)])");
    }

    @Test
    void fileWithoutSheetA1SaysWhichSheetsItHas() throws Exception {
        Path file = dir.resolve("Detailed_LA_202406.ods");
        OdsSampleWriter.write(
                file, List.of(new SampleSheet("Contents").row("Contents"), new SampleSheet("TA1").row("x")));

        assertThatThrownBy(() -> HclicA1Table.open(file))
                .isInstanceOf(SpreadsheetFormatException.class)
                .hasMessage("no sheet 'A1' in Detailed_LA_202406.ods (sheets: Contents, TA1)");
    }

    private static List<SourceRow> rows(HclicA1Table table) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = table.next(); row != null; row = table.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static Path fixture() throws Exception {
        return Path.of(HclicA1TableTest.class.getResource("/hclic/a1-small.ods").toURI());
    }
}
