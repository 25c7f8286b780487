package london.observatory.source.spreadsheet;

import static london.observatory.source.spreadsheet.SheetTableTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import london.observatory.source.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ODS reader on content.xml written as LibreOffice writes it. */
class SheetOdsReaderTest {

    private static final String START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:body><office:spreadsheet>";
    private static final String END = "</office:spreadsheet></office:body></office:document-content>";

    @TempDir
    Path dir;

    /** Regression: SODS 1.8.0 copied "code" into B5 here, the cell right of a covered one. */
    @Test
    void cellBesideACoveredCellUnderAVerticalMergeStaysBlank() throws Exception {
        Path file = ods("<table:table table:name=\"A1\">"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Title</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-rows-spanned=\"2\" office:value-type=\"string\"><text:p>code</text:p></table:table-cell>"
                + "<table:table-cell/><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:covered-table-cell/><table:table-cell/><table:table-cell office:value-type=\"string\"><text:p>y</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>E09000007</text:p></table:table-cell>"
                + "<table:table-cell/><table:table-cell office:value-type=\"float\" office:value=\"3\"><text:p>3</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "</table:table>");

        try (SheetTable table = SheetTable.open(file, SheetLayout.sheet("A1"))) {
            assertThat(table.headerDepth()).isEqualTo(2);
            assertThat(table.header()).containsExactly("code", "", "x: y");
            assertThat(rows(table)).singleElement().satisfies(row -> {
                assertThat(row.line()).isEqualTo(6);
                assertThat(row.cells()).containsExactly("E09000007", "", "3");
            });
        }
    }

    @Test
    void textCellsKeepSpacesAndParagraphsButNotAnnotations() throws Exception {
        Path file = ods("<table:table table:name=\"A1\">"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>ONS code</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>Rate</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>Share</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>Note</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>an editor</dc:creator>"
                + "<text:p>check this</text:p></office:annotation><text:p>E09000007</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>..</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>two<text:s text:c=\"2\"/>spaces</text:p><text:p>second <text:span>line</text:span></text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>E09000019</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"2.5\"><text:p>2.50</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.125\"><text:p>12.5%</text:p></table:table-cell></table:table-row>"
                + "</table:table>");

        try (SheetTable table = SheetTable.open(file, SheetLayout.sheet("A1"))) {
            List<SourceRow> rows = rows(table);
            assertThat(rows.get(0).cells()).containsExactly("E09000007", "..", "..", "two  spaces\nsecond line");
            assertThat(rows.get(1).cells()).containsExactly("E09000019", "2.5", "0.125", "");
        }
    }

    @Test
    void onlyTheChosenSheetIsReadAndTheOthersAreListed() throws Exception {
        Path file = ods(
                "<table:table table:name=\"Cover\"><table:table-row><table:table-cell office:value-type=\"string\">"
                        + "<text:p>Cover</text:p></table:table-cell></table:table-row></table:table>"
                        + "<table:table table:name=\"A1\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>code</text:p>"
                        + "</table:table-cell><table:table-cell office:value-type=\"string\"><text:p>n</text:p></table:table-cell></table:table-row></table:table>");

        try (SheetTable table = SheetTable.open(file, SheetLayout.sheet("a1"))) {
            assertThat(table.source()).isEqualTo("t.ods#A1");
            assertThat(table.next()).isNull();
        }
    }

    private Path ods(String tables) throws Exception {
        Path file = dir.resolve("t.ods");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write((START + tables + END).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
