package london.observatory.source.spreadsheet;

/** A block of merged cells, 0-based and inclusive; its text sits in the top-left cell. */
record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    boolean isTopLeft(int row, int column) {
        return row == firstRow && column == firstColumn;
    }
}
