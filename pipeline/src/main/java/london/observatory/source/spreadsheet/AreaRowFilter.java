package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;

/**
 * The area rows of a published area table, with the rows that are not areas of their own set aside
 * and counted: totals for England, Wales, regions, counties, Inner/Outer London (codes {@code E92},
 * {@code W92}, {@code K0x}, {@code E12}, {@code E13}, {@code E10}, {@code E11}, {@code E47}) and
 * rows with no code whose name is a total ("England", "London", "Rest of England", "Total"), and
 * footnotes below the table (one text cell, no code). Every other row is passed on, including a row
 * with a malformed or missing code, so the mapping quarantines it with its line rather than it
 * vanishing here.
 */
public final class AreaRowFilter implements SourceTable {

    /** How a row of an area table is treated. */
    public enum Kind {
        AREA,
        AGGREGATE,
        NOTE
    }

    private static final Pattern CODE = Pattern.compile("[A-Z]\\d{8}");
    private static final Pattern AGGREGATE_CODE = Pattern.compile("(E92|W92|K0[2-4]|E12|E13|E10|E11|E47)\\d{6}");
    private static final Pattern AGGREGATE_NAME = Pattern.compile("(?i)(england( and wales)?|wales|united kingdom"
            + "|great britain|(inner |outer )?london|rest of england|north east|north west|yorkshire and (the )?humber"
            + "|east midlands|west midlands|east( of england)?|south east|south west|all local authorities"
            + "|(grand )?total|.*\\btotal)( \\d{1,2})?");

    private final SourceTable rows;
    private final int codeColumn;
    private final int nameColumn;
    private final List<SourceRow> setAside = new ArrayList<>();
    private long areas;
    private long notes;

    /** Filters {@code rows}, whose area code is in column {@code codeColumn} and name in {@code nameColumn}. */
    public AreaRowFilter(SourceTable rows, int codeColumn, int nameColumn) {
        this.rows = rows;
        this.codeColumn = codeColumn;
        this.nameColumn = nameColumn;
    }

    @Override
    public List<String> header() {
        return rows.header();
    }

    @Override
    public SourceRow next() throws IOException {
        for (SourceRow row = rows.next(); row != null; row = rows.next()) {
            switch (kind(row.cell(codeColumn), row.cell(nameColumn), row.cells())) {
                case AREA -> {
                    areas++;
                    return row;
                }
                case AGGREGATE -> setAside.add(row);
                case NOTE -> notes++;
            }
        }
        return null;
    }

    /** What a row with this code, name and cells is. */
    public static Kind kind(String code, String name, List<String> cells) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : HeaderBlock.clean(name);
        if (AGGREGATE_CODE.matcher(c).matches()) {
            return Kind.AGGREGATE;
        }
        if (CODE.matcher(c).matches()) {
            return Kind.AREA;
        }
        if (c.isEmpty() && AGGREGATE_NAME.matcher(n).matches()) {
            return Kind.AGGREGATE;
        }
        long filled =
                cells.stream().filter(cell -> cell != null && !cell.isBlank()).count();
        return filled == 1 ? Kind.NOTE : Kind.AREA;
    }

    /** Rows passed on so far (areas, and rows with a bad code for the mapping to quarantine). */
    public long areaRows() {
        return areas;
    }

    /** Total rows set aside so far (England, regions, totals), not data. */
    public long aggregateRows() {
        return setAside.size();
    }

    /** The rows set aside, with their lines, for the run log. */
    public List<SourceRow> aggregates() {
        return List.copyOf(setAside);
    }

    /** Footnote rows skipped so far. */
    public long noteRows() {
        return notes;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
