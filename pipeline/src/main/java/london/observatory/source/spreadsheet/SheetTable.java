package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;

/**
 * One table on one sheet of an ODS or XLSX file as a {@link SourceTable}. The sheet is chosen by
 * name or pattern and the header found by its anchor cell ({@link HeaderBlock} has the rule); rows
 * above the header (titles, notes) and blank rows are skipped. Cells are text as published: numbers
 * as plain decimals ({@code 12345}, {@code 2.5}), markers ({@code [c]}, {@code ..}, {@code x}) and
 * numbers the publisher typed as text ({@code "1,234"}) exactly as written. Rows carry
 * {@code file#sheet} and their 1-based sheet row; every row has one cell per header column.
 * The sheet is read whole when opened (publisher tables are a few hundred rows); nothing stays open.
 */
public final class SheetTable implements SourceTable {

    private final SheetGrid grid;
    private final HeaderBlock header;
    private int next;

    private SheetTable(SheetGrid grid, HeaderBlock header) {
        this.grid = grid;
        this.header = header;
        this.next = header.lastRow() + 1;
    }

    /**
     * Opens the table {@code layout} describes in {@code file} ({@code .ods}, {@code .xlsx}).
     *
     * @throws SpreadsheetFormatException no such sheet, no header anchor, or not a readable workbook;
     *                                    the message names the file and sheet
     */
    public static SheetTable open(Path file, SheetLayout layout) throws IOException {
        SheetGrid grid = Workbooks.read(file, layout);
        return new SheetTable(grid, HeaderBlock.find(grid, layout.anchor()));
    }

    @Override
    public List<String> header() {
        return header.names();
    }

    @Override
    public SourceRow next() {
        while (next < grid.rowCount()) {
            int r = next++;
            if (isBlankWithinHeader(r)) {
                continue;
            }
            List<String> cells = new ArrayList<>(header.names().size());
            for (int c = 0; c < header.names().size(); c++) {
                cells.add(grid.cell(r, c).text());
            }
            return new SourceRow(grid.source(), r + 1L, cells);
        }
        return null;
    }

    private boolean isBlankWithinHeader(int r) {
        List<SheetCell> row = grid.row(r);
        for (int c = 0; c < Math.min(row.size(), header.names().size()); c++) {
            if (!row.get(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** {@code file#sheet}, as the rows name it. */
    public String source() {
        return grid.source();
    }

    /** The sheet's title: its first non-blank cell (GOV.UK tables put the table's title there). */
    public String title() {
        return grid.title();
    }

    /** How many sheet rows the header spans (1 for a plain header, 2 or 3 under group headings). */
    public int headerDepth() {
        return header.depth();
    }

    /** The 1-based sheet row of the header's first row. */
    public int headerRow() {
        return header.firstRow() + 1;
    }

    /** The 0-based column of the anchor cell (the code column, for area tables). */
    public int anchorColumn() {
        return header.anchorColumn();
    }

    @Override
    public void close() {
        // the sheet was read whole when opened
    }
}
