package london.observatory.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A spreadsheet following the Government Statistical Service's guidance on accessible spreadsheets: a cover sheet
 * (title, what it holds, source, release, when built and next updated), a notes sheet, and the data as one
 * marked-up table on its own sheet, with a title in A1, no merged cells, no blank rows, and shorthand ({@link
 * Shorthand}) instead of empty cells. Rows are streamed to the file with fastexcel (flushed every 1,024 rows), so
 * memory stays flat; the cover and notes are written after the data, when the row count is known. fastexcel stamps
 * the wall clock into the package, which {@link XlsxPackage} then replaces with the database's build time.
 */
final class XlsxSink implements RowSink {

    static final String DATA_SHEET = "Table_1";
    /** Title in row 1, a sentence on the table in row 2, column headings in row 3 (0-based 2), data after. */
    static final int HEADER_ROW = 2;
    /** An Excel sheet holds 1,048,576 rows, three of them the title, the sentence and the headings. */
    static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - HEADER_ROW - 1;

    private static final int FLUSH_EVERY = 1_024;
    private static final double[] WIDTHS = {12, 36, 10, 30, 45, 22, 18, 14, 18, 22, 45};

    private final Path target;
    private final Path unstamped;
    private final ExtractMetadata metadata;
    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet cover;
    private final Worksheet notes;
    private final Worksheet data;
    private long rows;

    XlsxSink(Path target, ExtractMetadata metadata) throws IOException {
        this.target = target;
        this.unstamped = target.resolveSibling(target.getFileName() + ".unstamped");
        this.metadata = metadata;
        this.out = Files.newOutputStream(unstamped);
        this.workbook = new Workbook(out, "London Social Evidence Observatory", "1.0");
        this.cover = workbook.newWorksheet("Cover_sheet");
        this.notes = workbook.newWorksheet("Notes");
        this.data = workbook.newWorksheet(DATA_SHEET);
        startData();
    }

    private void startData() {
        data.value(0, 0, "Table 1: " + metadata.title());
        data.style(0, 0).bold().fontSize(14).set();
        data.value(
                1,
                0,
                "This worksheet contains one table. Withheld values are shown as [c], values that cannot be given as"
                        + " [x]; [u] in the flag column marks an estimate. See the Notes worksheet.");
        for (int c = 0; c < ExtractColumns.NAMES.length; c++) {
            data.value(HEADER_ROW, c, ExtractColumns.NAMES[c]);
            data.style(HEADER_ROW, c).bold().set();
            data.width(c, WIDTHS[c]);
        }
        data.freezePane(0, HEADER_ROW + 1);
        printFitToWidth(data);
    }

    /**
     * A row tall enough for its wrapped text: fastexcel sets no height and not every reader fits wrapped rows (the
     * cover's source line overlapped the next heading in LibreOffice). A column's width counts its widest digits;
     * text runs about a fifth narrower, so a line holds about 1.2 widths of characters.
     */
    static double wrappedHeight(String text, int widthInCharacters) {
        int perLine = widthInCharacters * 6 / 5;
        int lines = Math.max(1, (text.length() + perLine - 1) / perLine);
        return 15.0 * lines;
    }

    /** Printed landscape, as wide as one page: a wide table is otherwise cut into pages of columns. */
    static void printFitToWidth(Worksheet sheet) {
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    @Override
    public void write(ExtractRow row) throws IOException {
        if (rows == MAX_DATA_ROWS) {
            throw new ExtractRequestException(String.format(
                    Locale.ROOT,
                    "this extract has more than %,d rows, more than a spreadsheet holds: ask for csv or parquet",
                    MAX_DATA_ROWS));
        }
        int r = (int) (HEADER_ROW + 1 + rows);
        data.value(r, 0, row.area.code());
        data.value(r, 1, row.area.name());
        data.value(r, 2, row.area.level());
        data.value(r, 3, row.indicator.id());
        data.value(r, 4, row.indicator.title());
        data.value(r, 5, row.indicator.unit());
        data.value(r, 6, row.period);
        if (row.hasValue) {
            data.value(r, 7, row.value);
        } else {
            data.value(r, 7, Shorthand.forMissingValue(row.flag));
        }
        data.value(r, 8, Shorthand.flagCell(row.flag));
        data.value(r, 9, row.method);
        data.value(r, 10, row.source());
        rows++;
        if (rows % FLUSH_EVERY == 0) {
            data.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        int last = (int) (HEADER_ROW + Math.max(rows, 1)); // a table needs a row under its headings
        data.range(HEADER_ROW, 0, last, ExtractColumns.NAMES.length - 1)
                .createTable(ExtractColumns.NAMES)
                .setName("extract")
                .setDisplayName("extract");
        data.finish();
        XlsxCover.write(cover, metadata, rows);
        XlsxNotes.write(notes, metadata);
        workbook.finish();
        out.close();
        XlsxPackage.restamp(unstamped, target, metadata.builtAt());
        Files.delete(unstamped);
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(unstamped);
        }
    }
}
