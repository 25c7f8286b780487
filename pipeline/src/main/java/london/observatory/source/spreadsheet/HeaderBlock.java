package london.observatory.source.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header of a table on a sheet, found by rule rather than by row number:
 * <ol>
 *   <li>the <b>anchor row</b> is the first row of two or more cells with a cell matching the layout's
 *       anchor (e.g. {@code ONS code}); notes and titles are one-cell rows, so they never qualify;</li>
 *   <li>rows directly above it belong to the header while they have text to the right of the anchor
 *       column (group headings over the measure columns); a blank row or a title in the first columns
 *       ends the block;</li>
 *   <li>rows directly below it belong to the header while the anchor column is blank or merged into
 *       the anchor cell and they hold no numbers other than years (1900–2100); the first row with a
 *       code, or with a count, is data;</li>
 *   <li>each column's name joins its header rows' text with {@code ": "}, top to bottom, a merged
 *       cell giving its text to every cell it covers; where the block has no merged cells, a blank
 *       cell in an upper row takes the text to its left (a group heading written once over its columns).
 *       Repeats are dropped, note references ({@code [note 3]}) removed and spaces collapsed; a name
 *       used twice gets {@code " (2)"}.</li>
 * </ol>
 *
 * @param firstRow  0-based first header row
 * @param lastRow   0-based last header row; data starts below it
 * @param anchorColumn 0-based column of the anchor cell
 * @param names     one name per column, as many as the header's last named column
 */
record HeaderBlock(int firstRow, int lastRow, int anchorColumn, List<String> names) {

    private static final Pattern NOTE_REFERENCE =
            Pattern.compile("\\[\\s*notes?\\s*[\\w ,]*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    int depth() {
        return lastRow - firstRow + 1;
    }

    static HeaderBlock find(SheetGrid grid, Pattern anchor) throws SpreadsheetFormatException {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (grid.nonBlankCells(r) < 2) {
                continue;
            }
            List<SheetCell> row = grid.row(r);
            for (int c = 0; c < row.size(); c++) {
                if (anchor.matcher(clean(row.get(c).text())).matches()) {
                    return around(grid, r, c);
                }
            }
        }
        throw new SpreadsheetFormatException("no header row in " + grid.source() + ": no cell matches /"
                + anchor.pattern() + "/ in a row of two or more cells");
    }

    private static HeaderBlock around(SheetGrid grid, int anchorRow, int anchorColumn) {
        int first = anchorRow;
        while (first > 0 && isUpperHeaderRow(grid, first - 1, anchorColumn)) {
            first--;
        }
        int last = anchorRow;
        MergedRange anchorMerge = grid.mergeAt(anchorRow, anchorColumn);
        while (last + 1 < grid.rowCount() && isLowerHeaderRow(grid, last + 1, anchorColumn, anchorMerge)) {
            last++;
        }
        return new HeaderBlock(first, last, anchorColumn, names(grid, first, last));
    }

    private static boolean isUpperHeaderRow(SheetGrid grid, int r, int anchorColumn) {
        List<SheetCell> row = grid.row(r);
        for (int c = anchorColumn + 1; c < row.size(); c++) {
            if (!row.get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerHeaderRow(SheetGrid grid, int r, int anchorColumn, MergedRange anchorMerge) {
        if (grid.isBlankRow(r)) {
            return false;
        }
        boolean mergedIntoAnchor = anchorMerge != null && anchorMerge.contains(r, anchorColumn);
        if (!mergedIntoAnchor && !grid.cell(r, anchorColumn).isBlank()) {
            return false;
        }
        return grid.row(r).stream().noneMatch(cell -> cell.numeric() && !isYear(cell.text()));
    }

    private static boolean isYear(String text) {
        if (!text.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(text);
        return year >= 1900 && year <= 2100;
    }

    private static List<String> names(SheetGrid grid, int first, int last) {
        int width = 0;
        for (int r = first; r <= last; r++) {
            width = Math.max(width, grid.row(r).size());
        }
        String[][] parts = new String[last - first + 1][width];
        boolean merged = grid.hasMergesIn(first, last);
        for (int r = first; r <= last; r++) {
            String left = "";
            for (int c = 0; c < width; c++) {
                String text = textAt(grid, r, c, first);
                if (text.isEmpty() && !merged && r < last) {
                    text = left;
                }
                parts[r - first][c] = text;
                left = text;
            }
        }
        List<String> names = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            names.add(join(parts, c));
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return unique(names);
    }

    /** The cell's text, or, inside a merged range that starts in the header, the range's text. */
    private static String textAt(SheetGrid grid, int r, int c, int first) {
        MergedRange merge = grid.mergeAt(r, c);
        if (merge != null && merge.firstRow() >= first) {
            return clean(grid.cell(merge.firstRow(), merge.firstColumn()).text());
        }
        return clean(grid.cell(r, c).text());
    }

    private static String join(String[][] parts, int c) {
        StringBuilder name = new StringBuilder();
        String previous = null;
        for (String[] row : parts) {
            String part = row[c];
            if (part.isEmpty() || part.equals(previous)) {
                continue;
            }
            if (name.length() > 0) {
                name.append(": ");
            }
            name.append(part);
            previous = part;
        }
        return name.toString();
    }

    private static List<String> unique(List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            int n = seen.merge(name, 1, Integer::sum);
            out.add(n == 1 || name.isEmpty() ? name : name + " (" + n + ")");
        }
        return out;
    }

    /** Header text as a name: note references removed, runs of spaces and line breaks made one space. */
    static String clean(String text) {
        return SPACES.matcher(NOTE_REFERENCE.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }
}
