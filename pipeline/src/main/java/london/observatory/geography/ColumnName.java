package london.observatory.geography;

import java.util.regex.Pattern;

/**
 * A required column, matched by name (case-insensitively), never by position. ONS renames
 * columns with each vintage ({@code LAD22CD}, {@code LAD24CD}, {@code WD25CD}), so a column
 * may be a pattern rather than one fixed name.
 */
record ColumnName(String label, Pattern pattern) {

    static ColumnName exact(String name) {
        return new ColumnName(name, Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE));
    }

    /** Any of the given prefixes, then a two-digit vintage, then the suffix: {@code LADnnCD}. */
    static ColumnName vintaged(String suffix, String... prefixes) {
        String alternatives = String.join("|", prefixes);
        String label = String.join("nn" + suffix + "/", prefixes) + "nn" + suffix;
        return new ColumnName(
                label, Pattern.compile("(?:" + alternatives + ")\\d{2}" + suffix, Pattern.CASE_INSENSITIVE));
    }

    /** One of several spellings of the same column, e.g. {@code LSOA11CD} or the V1 {@code F_LSOA11CD}. */
    static ColumnName anyOf(String... names) {
        StringBuilder regex = new StringBuilder();
        for (String name : names) {
            regex.append(regex.isEmpty() ? "" : "|").append(Pattern.quote(name));
        }
        return new ColumnName(String.join("/", names), Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
    }

    boolean matches(String header) {
        return pattern.matcher(header.strip()).matches();
    }
}
