package london.observatory.source.spreadsheet;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a feed's table is in a workbook: which sheet (by name, or by a pattern on the name and
 * optionally on the sheet's title, its first non-blank cell) and which header cell anchors the
 * header block. Never row numbers: publishers move tables down a row when they add a note.
 *
 * @param sheet  matched against the whole sheet name
 * @param title  when set, also found in the sheet's title ({@code find}, not whole-text)
 * @param anchor matched against the whole text of a header cell (note references such as
 *               {@code [note 3]} removed, case as the pattern says)
 */
public record SheetLayout(Pattern sheet, Pattern title, Pattern anchor) {

    /** A header cell ending in "code": {@code ONS code}, {@code Area code}, {@code Local authority code}. */
    public static final Pattern CODE_ANCHOR = Pattern.compile("(?i)([\\w ]{0,40} )?code");

    public SheetLayout {
        if (sheet == null || anchor == null) {
            throw new IllegalArgumentException("a sheet layout needs a sheet pattern and an anchor pattern");
        }
    }

    /** The sheet called {@code name} (ignoring case), anchored on a column ending in "code". */
    public static SheetLayout sheet(String name) {
        return new SheetLayout(Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE), null, CODE_ANCHOR);
    }

    /** The first sheet whose name matches {@code regex}, anchored on a column ending in "code". */
    public static SheetLayout sheetMatching(String regex) {
        return new SheetLayout(Pattern.compile(regex), null, CODE_ANCHOR);
    }

    /** The same, but the sheet's title must also contain a match of {@code regex}. */
    public SheetLayout titled(String regex) {
        return new SheetLayout(sheet, Pattern.compile(regex), anchor);
    }

    /** The same, with the header block found by a cell matching {@code regex}. */
    public SheetLayout anchoredOn(String regex) {
        return new SheetLayout(sheet, title, Pattern.compile(regex));
    }

    boolean matches(String name, String sheetTitle) {
        return sheet.matcher(name).matches()
                && (title == null || title.matcher(sheetTitle).find());
    }

    /** The first of {@code sheets} this layout selects. */
    Optional<SheetInfo> pick(List<SheetInfo> sheets) {
        return sheets.stream().filter(s -> matches(s.name(), s.title())).findFirst();
    }

    String describe() {
        String p = sheet.pattern();
        String name =
                p.startsWith("\\Q") && p.endsWith("\\E") ? "'" + p.substring(2, p.length() - 2) + "'" : "/" + p + "/";
        return "sheet " + name + (title == null ? "" : " titled /" + title.pattern() + "/");
    }

    /** A sheet's name and title (its first non-blank cell, or empty). */
    record SheetInfo(int index, String name, String title) {}
}
