package london.observatory.source.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet read into memory as rows of text cells (trailing blank cells dropped) with its merged
 * ranges. A merged range's text is kept in its top-left cell only, whatever the reading library does
 * (SODS repeats it across the range, POI does not), so the header rule sees one shape for ODS and XLSX.
 */
final class SheetGrid {

    private final String source;
    private final List<List<SheetCell>> rows;
    private final List<MergedRange> merges;

    SheetGrid(String source, List<List<SheetCell>> rows, List<MergedRange> merges) {
        this.source = source;
        this.merges = List.copyOf(merges);
        this.rows = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            this.rows.add(canonical(r, rows.get(r)));
        }
    }

    private List<SheetCell> canonical(int r, List<SheetCell> row) {
        List<SheetCell> cells = new ArrayList<>(row);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isBlank() && coveredByMerge(r, c)) {
                cells.set(c, SheetCell.BLANK);
            }
        }
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }

    /** {@code file#sheet}, as rows and messages name it. */
    String source() {
        return source;
    }

    int rowCount() {
        return rows.size();
    }

    List<SheetCell> row(int r) {
        return rows.get(r);
    }

    SheetCell cell(int r, int c) {
        List<SheetCell> row = rows.get(r);
        return c < row.size() ? row.get(c) : SheetCell.BLANK;
    }

    boolean isBlankRow(int r) {
        return rows.get(r).isEmpty();
    }

    long nonBlankCells(int r) {
        return rows.get(r).stream().filter(cell -> !cell.isBlank()).count();
    }

    /** The merged range holding {@code (r, c)}, or null. */
    MergedRange mergeAt(int r, int c) {
        for (MergedRange merge : merges) {
            if (merge.contains(r, c)) {
                return merge;
            }
        }
        return null;
    }

    boolean hasMergesIn(int firstRow, int lastRow) {
        return merges.stream().anyMatch(m -> m.firstRow() <= lastRow && m.lastRow() >= firstRow);
    }

    private boolean coveredByMerge(int r, int c) {
        MergedRange merge = mergeAt(r, c);
        return merge != null && !merge.isTopLeft(r, c);
    }

    /** The sheet's first non-blank cell, read row by row: its title on GOV.UK tables. */
    String title() {
        for (List<SheetCell> row : rows) {
            for (SheetCell cell : row) {
                if (!cell.isBlank()) {
                    return cell.text();
                }
            }
        }
        return "";
    }
}
