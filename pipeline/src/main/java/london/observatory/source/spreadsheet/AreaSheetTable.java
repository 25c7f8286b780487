package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.util.regex.Pattern;
import london.observatory.source.SourceTable;

/**
 * A publisher's table of areas on one sheet: the code column (the header's anchor), the name column,
 * and the {@link AreaRowFilter} that sets aside country, region and total rows and footnotes. Subclasses
 * say which measure columns they read and how rows come out.
 */
public abstract class AreaSheetTable implements SourceTable {

    protected final SheetTable sheet;
    protected final HeaderColumns names;
    protected final int code;
    protected final int name;
    protected final AreaRowFilter rows;

    /** @param nameColumn how the area name column's header reads; the column after the code if none matches */
    protected AreaSheetTable(SheetTable sheet, Pattern nameColumn) {
        this.sheet = sheet;
        this.names = new HeaderColumns(sheet.source(), sheet.header());
        this.code = sheet.anchorColumn();
        this.name = names.first(nameColumn, code).orElse(code + 1);
        this.rows = new AreaRowFilter(sheet, code, name);
    }

    public String source() {
        return sheet.source();
    }

    public String title() {
        return sheet.title();
    }

    public int headerDepth() {
        return sheet.headerDepth();
    }

    /** Area rows passed on so far (including any with a bad code, for the mapping to quarantine). */
    public long areaRows() {
        return rows.areaRows();
    }

    /** Country, region and total rows set aside so far. */
    public long aggregateRows() {
        return rows.aggregateRows();
    }

    /** Footnote rows skipped so far. */
    public long noteRows() {
        return rows.noteRows();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
