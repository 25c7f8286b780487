package london.observatory.source.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Finds columns of a table by what their header names say, so feeds do not depend on column order. */
public final class HeaderColumns {

    private final String source;
    private final List<String> names;

    public HeaderColumns(String source, List<String> names) {
        this.source = source;
        this.names = List.copyOf(names);
    }

    /** The first column, other than {@code skip}, whose whole name matches {@code include}. */
    public OptionalInt first(Pattern include, int... skip) {
        for (int c = 0; c < names.size(); c++) {
            if (!contains(skip, c) && include.matcher(names.get(c)).matches()) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The one column whose name matches {@code include} and does not contain a match of {@code exclude}.
     *
     * @throws SpreadsheetFormatException none or several match; the message lists them
     */
    public int only(String what, Pattern include, Pattern exclude) throws SpreadsheetFormatException {
        List<Integer> matches = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (include.matcher(name).matches()
                    && (exclude == null || !exclude.matcher(name).find())) {
                matches.add(c);
            }
        }
        if (matches.size() != 1) {
            List<String> found = matches.stream().map(names::get).toList();
            throw new SpreadsheetFormatException((matches.isEmpty() ? "no" : matches.size() + "") + " columns for "
                    + what + " in " + source + (matches.isEmpty() ? " (header: " + names + ")" : ": " + found));
        }
        return matches.get(0);
    }

    public String name(int column) {
        return names.get(column);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
