package london.observatory.source.spreadsheet;

import static london.observatory.source.spreadsheet.SheetTableTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import london.observatory.source.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header rule on small sheets written for each case, in both formats. */
class SheetHeaderTest {

    @TempDir
    Path dir;

    @Test
    void yearsStoredAsNumbersInARowBelowTheAnchorAreHeader() throws Exception {
        SampleSheet sheet = new SampleSheet("T")
                .row("Title")
                .blank()
                .row("Area code", "Area name", "Number of insolvencies")
                .row(null, null, 2022, 2023)
                .row("E09000007", "Camden", 88, 102);

        for (SheetTable table : both(sheet)) {
            assertThat(table.headerDepth()).isEqualTo(2);
            assertThat(table.header())
                    .containsExactly(
                            "Area code", "Area name", "Number of insolvencies: 2022", "Number of insolvencies: 2023");
            assertThat(rows(table)).extracting(SourceRow::line).containsExactly(5L);
        }
    }

    @Test
    void rowWithoutCodeButWithCountsRightAfterTheHeaderIsData() throws Exception {
        SampleSheet sheet = new SampleSheet("T")
                .row("Area code", "Area name", "Households")
                .row(null, "England", 24_200)
                .row("E09000007", "Camden", 96);

        for (SheetTable table : both(sheet)) {
            assertThat(table.headerDepth()).isEqualTo(1);
            assertThat(rows(table))
                    .extracting(SourceRow::cells)
                    .containsExactly(List.of("", "England", "24200"), List.of("E09000007", "Camden", "96"));
        }
    }

    @Test
    void noteDirectlyAboveTheHeaderIsNotPartOfIt() throws Exception {
        SampleSheet sheet = new SampleSheet("T")
                .row("Table 2: Number of insolvencies")
                .row("Source: a note written directly above the header")
                .row("Area code", "Area name", "2023")
                .row("E09000007", "Camden", 102);

        for (SheetTable table : both(sheet)) {
            assertThat(table.headerDepth()).isEqualTo(1);
            assertThat(table.headerRow()).isEqualTo(3);
        }
    }

    @Test
    void mergedGroupHeadingNamesOnlyTheColumnsItCovers() throws Exception {
        SampleSheet sheet = new SampleSheet("T")
                .row("ONS code", "Local authority", "Prevention", null, "Households (000s)")
                .row(null, null, "Total", "of which: section 21", null)
                .row("E09000007", "Camden", 640, 118, 96.812)
                .merge(0, 1, 0, 0)
                .merge(0, 1, 1, 1)
                .merge(0, 0, 2, 3)
                .merge(0, 1, 4, 4);

        for (SheetTable table : both(sheet)) {
            assertThat(table.headerDepth()).isEqualTo(2);
            assertThat(table.header())
                    .containsExactly(
                            "ONS code",
                            "Local authority",
                            "Prevention: Total",
                            "Prevention: of which: section 21",
                            "Households (000s)");
        }
    }

    @Test
    void repeatedNamesAreNumberedAndNoteReferencesRemoved() throws Exception {
        SampleSheet sheet = new SampleSheet("T")
                .row("Area code [note 1]", "Rate", "Rate [note 2]", "Rate  per\n1,000")
                .row("E09000007", 1.5, 2.5, 3.5);

        for (SheetTable table : both(sheet)) {
            assertThat(table.header()).containsExactly("Area code", "Rate", "Rate (2)", "Rate per 1,000");
        }
    }

    private List<SheetTable> both(SampleSheet sheet) throws Exception {
        Path ods = dir.resolve(sheet.name + ".ods");
        Path xlsx = dir.resolve(sheet.name + ".xlsx");
        OdsSampleWriter.write(ods, List.of(sheet));
        XlsxSampleWriter.write(xlsx, List.of(sheet));
        return List.of(
                SheetTable.open(ods, SheetLayout.sheet(sheet.name)),
                SheetTable.open(xlsx, SheetLayout.sheet(sheet.name)));
    }
}
