package london.observatory.source;

import java.util.Locale;
import java.util.Set;

/**
 * A numeric cell as published: a number (thousands separators allowed, {@code "29,199"}), a
 * suppression or not-available marker (which becomes a null value with the marker kept, never a
 * zero), empty, or something that is neither (a bad row).
 *
 * @param value  the number, or null
 * @param marker the suppression marker as written ({@code c}, {@code [c]}, {@code ..}, ...), or null
 */
public record Cell(Double value, String marker, boolean valid) {

    /**
     * Markers the UK statistical publishers use for withheld or unavailable figures: {@code ..} (not
     * available), {@code *} and {@code c}/{@code [c]} (confidential), {@code x} and {@code [x]} (not
     * applicable or withheld), {@code -} (nil or too small), {@code :} (not available, Eurostat style),
     * {@code [z]}/{@code [u]}/{@code [low]} (GSS accessibility-guidance shorthand).
     */
    public static final Set<String> SUPPRESSION_MARKERS =
            Set.of("..", "...", "*", "c", "[c]", "x", "[x]", "-", "–", ":", "[z]", "[u]", "[low]", "[w]", "~");

    private static final Cell EMPTY = new Cell(null, null, true);

    /** Reads one cell; blank is {@link #empty()}, a marker is a null value with the marker. */
    public static Cell parse(String text) {
        if (text == null) {
            return EMPTY;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return EMPTY;
        }
        if (SUPPRESSION_MARKERS.contains(s.toLowerCase(Locale.ROOT))) {
            return new Cell(null, s, true);
        }
        Double number = number(s);
        return number == null ? new Cell(null, null, false) : new Cell(number, null, true);
    }

    public static Cell empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return valid && value == null && marker == null;
    }

    public boolean isSuppressed() {
        return marker != null;
    }

    /**
     * A plain or thousands-separated decimal ({@code 1234}, {@code 1,234.5}, {@code -3}, {@code 12.5%}
     * is not a number here: units belong in the indicator, not the cell). Commas must group digits in
     * threes, so {@code 1,2} is rejected rather than read as 12.
     */
    static Double number(String s) {
        String plain = s.indexOf(',') < 0 ? s : withoutGroupSeparators(s);
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        char first = plain.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
            return null; // rejects NaN, Infinity and hex floats, which Double.parseDouble accepts
        }
        try {
            double d = Double.parseDouble(plain);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String withoutGroupSeparators(String s) {
        int point = s.indexOf('.');
        String whole = point < 0 ? s : s.substring(0, point);
        String[] groups = whole.split(",", -1);
        String head = groups[0].startsWith("-") || groups[0].startsWith("+") ? groups[0].substring(1) : groups[0];
        if (head.isEmpty() || head.length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups) + (point < 0 ? "" : s.substring(point));
    }
}
