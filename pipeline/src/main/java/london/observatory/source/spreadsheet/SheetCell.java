package london.observatory.source.spreadsheet;

/**
 * One cell of a sheet as text, and whether the spreadsheet stored it as a number (a year typed as a
 * number in a header row, say), which the header rule needs to tell header rows from data rows.
 */
record SheetCell(String text, boolean numeric) {

    static final SheetCell BLANK = new SheetCell("", false);

    static SheetCell text(String text) {
        String s = text == null ? "" : text.strip();
        return s.isEmpty() ? BLANK : new SheetCell(s, false);
    }

    static SheetCell number(double value) {
        return new SheetCell(NumberText.plain(value), true);
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
