package london.observatory.source.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sheet to write as a sample or fixture: rows of cells, where a cell is null (blank), a
 * {@link String} (a text cell, as publishers type markers like {@code [c]} and sometimes numbers like
 * {@code "1,234"}) or a {@link Number} (a numeric cell), plus merged ranges.
 */
public final class SampleSheet {

    final String name;
    final List<Object[]> rows = new ArrayList<>();
    final List<MergedRange> merges = new ArrayList<>();

    public SampleSheet(String name) {
        this.name = name;
    }

    public SampleSheet row(Object... cells) {
        rows.add(cells.clone());
        return this;
    }

    public SampleSheet blank() {
        rows.add(new Object[0]);
        return this;
    }

    /** The 1-based sheet row the next {@link #row} will be. */
    public int nextRow() {
        return rows.size() + 1;
    }

    /** Merges rows {@code firstRow..lastRow} × columns {@code firstColumn..lastColumn}, all 0-based. */
    public SampleSheet merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merges.add(new MergedRange(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    int width() {
        return rows.stream().mapToInt(r -> r.length).max().orElse(0);
    }

    Object cell(int r, int c) {
        Object[] row = rows.get(r);
        return c < row.length ? row[c] : null;
    }

    MergedRange mergeAt(int r, int c) {
        return merges.stream().filter(m -> m.contains(r, c)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return name + rows.stream().map(Arrays::toString).toList();
    }
}
