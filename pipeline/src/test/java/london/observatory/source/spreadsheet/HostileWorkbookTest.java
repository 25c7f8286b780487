package london.observatory.source.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import london.observatory.source.ReadFailure;
import london.observatory.source.ReadLimits;
import london.observatory.source.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets of a few KB that claim billions of rows, cells or spaces (the probe's ODS files took 5.8 GB and
 * 4.8 GB), and workbooks whose parts inflate a thousandfold: each fails before anything is stored, naming the
 * bound. The tests run in the ordinary test heap; a reader that stored what these files claim would not.
 */
class HostileWorkbookTest {

    private static final SheetLayout A1 = SheetLayout.sheet("A1");

    @TempDir
    Path dir;

    @Test
    void aRowRepeatedTwoBillionTimesFailsAtTheSheetRowBound() throws IOException {
        Path ods = ods(
                "rows.ods",
                row(cell("Title")) + "<table:table-row table:number-rows-repeated=\"2000000000\">" + number(1)
                        + "</table:table-row>");

        RejectedInputException rejected =
                catchThrowableOfType(RejectedInputException.class, () -> SheetTable.open(ods, A1));

        assertThat(rejected)
                .hasMessage("file rows.ods#A1 row 2 repeats 2,000,000,000 times, past 1,048,576 rows"
                        + " (read limit maxSheetRows)");
        assertThat(ReadFailure.message("mhclg-hclic-initial-assessments", ods, rejected))
                .isEqualTo("mhclg-hclic-initial-assessments: file rows.ods#A1 row 2 repeats 2,000,000,000 times,"
                        + " past 1,048,576 rows (read limit maxSheetRows)");
    }

    @Test
    void blankRowsPastTheLastValueAreCountedNotStoredAsLibreOfficePadsEverySheet() throws IOException {
        Path ods = ods(
                "padded.ods",
                row(cell("Area") + cell("Value")) + row(cell("E09000001") + number(5))
                        + "<table:table-row table:number-rows-repeated=\"2000000000\"><table:table-cell"
                        + " table:number-columns-repeated=\"1024\"/></table:table-row>");

        SheetGrid grid = Workbooks.read(ods, A1);

        assertThat(grid.rowCount()).isEqualTo(2);
    }

    @Test
    void aSheetHoldingMoreCellsThanTheBoundFailsBeforeStoringThem() throws IOException {
        Path ods = ods(
                "cells.ods",
                "<table:table-row table:number-rows-repeated=\"1000000\">" + number(1) + number(2) + number(3)
                        + "</table:table-row>");

        assertThatThrownBy(() -> Workbooks.read(ods, A1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file cells.ods#A1 holds more than 2,000,000 cells (read limit maxSheetCells) by row 1");
    }

    @Test
    void aValueRepeatedAcrossTwoBillionColumnsStopsAtTheLastColumnAndCounts() throws IOException {
        Path ods = ods(
                "columns.ods",
                "<table:table-row table:number-rows-repeated=\"200\"><table:table-cell"
                        + " table:number-columns-repeated=\"2000000000\" office:value-type=\"float\" office:value=\"1\"/>"
                        + "<table:table-cell table:number-columns-repeated=\"2000000000\" office:value-type=\"float\""
                        + " office:value=\"2\"/></table:table-row>");

        assertThatThrownBy(() -> Workbooks.read(ods, A1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file columns.ods#A1 holds more than 2,000,000 cells (read limit maxSheetCells) by row 1");
    }

    @Test
    void twoBillionSpacesInACellFailAtTheCellBound() throws IOException {
        Path ods = ods(
                "spaces.ods",
                row("<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"2000000000\"/>b"
                        + "</text:p></table:table-cell>"));

        assertThatThrownBy(() -> Workbooks.read(ods, A1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file spaces.ods#A1 row 1 has a cell longer than 100,000 characters"
                        + " (read limit maxCellChars)");
    }

    @Test
    void anOdsWhoseContentInflatesAThousandfoldFailsAsAZipBomb() throws IOException {
        Path ods = dir.resolve("bomb.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + NAMESPACES + ">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1024; i++) {
                zip.write(spaces); // 64 MB of whitespace inside the root element
            }
        }

        assertThatThrownBy(() -> Workbooks.read(ods, A1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("file bomb.ods has an entry content.xml that inflates more than 200 times"
                        + " (read limit maxCompressionRatio)");
    }

    @Test
    void anXlsxWhosePartInflatesAThousandfoldFailsBeforePoiReadsIt() throws IOException {
        Path xlsx = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
        }

        assertThatThrownBy(() -> Workbooks.read(xlsx, A1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("file bomb.xlsx has an entry xl/worksheets/sheet1.xml that inflates more"
                        + " than 200 times (read limit maxCompressionRatio)");
    }

    @Test
    void anXlsxPartLargerThanTheBoundFailsNamingIt() throws IOException {
        Path xlsx = dir.resolve("large.xlsx");
        byte[] noise = new byte[2 << 20];
        new Random(14).nextBytes(noise);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(noise);
        }
        ReadLimits d = ReadLimits.DEFAULT;
        ReadLimits oneMegabytePart = new ReadLimits(
                d.maxRecordChars(),
                d.maxRowsPerFile(),
                d.maxCellChars(),
                d.maxSheetRows(),
                d.maxSheetCells(),
                d.maxEntryBytes(),
                1 << 20,
                d.maxCompressionRatio(),
                d.maxJsonBytes(),
                d.maxJsonStringChars(),
                d.maxJsonDepth());

        assertThatThrownBy(() -> Workbooks.read(xlsx, A1, oneMegabytePart))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file large.xlsx has an entry xl/sharedStrings.xml that inflates to more than"
                        + " 1,048,576 bytes (read limit maxWorkbookPartBytes)");
    }

    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

    /** An ODS of one sheet {@code A1} holding {@code rows} (table-row elements), a few hundred bytes. */
    private Path ods(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + NAMESPACES
                + "><office:body><office:spreadsheet><table:table table:name=\"A1\">" + rows
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isLessThan(5_000);
        return file;
    }

    private static String row(String cells) {
        return "<table:table-row>" + cells + "</table:table-row>";
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static String number(int value) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + value
                + "</text:p></table:table-cell>";
    }
}
