package london.observatory.connectors.borough;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.observatory.source.SchemaMismatchException;

/**
 * Finds each kept column in a borough file's header by the names it goes by ({@code Post Code},
 * {@code PCODE}, {@code postcode}): boroughs name the same thing differently, and the same borough
 * renames it between drops. Names match ignoring case, spaces and punctuation.
 */
final class HeaderAliases {

    private HeaderAliases() {}

    /**
     * The position of each kept column, in the order of {@code columns}.
     *
     * @throws SchemaMismatchException naming the kept column and the names looked for. The file's own
     *         column names are not repeated: the message goes to logs, and they would say what the file holds.
     */
    static int[] positions(String feedId, String file, List<String> header, Map<String, List<String>> columns) {
        List<String> normalised = header.stream().map(HeaderAliases::normalise).toList();
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<String>> column : columns.entrySet()) {
            positions[i++] = find(normalised, column.getKey(), column.getValue());
            if (positions[i - 1] < 0) {
                missing.add("'" + column.getKey() + "' (looked for " + String.join(", ", column.getValue()) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new SchemaMismatchException(
                    feedId + ": " + file + " has no column for " + String.join("; ", missing));
        }
        return positions;
    }

    private static int find(List<String> header, String name, List<String> aliases) {
        int at = header.indexOf(normalise(name));
        for (int a = 0; at < 0 && a < aliases.size(); a++) {
            at = header.indexOf(normalise(aliases.get(a)));
        }
        return at;
    }

    /** {@code " Post-Code "} → {@code postcode}. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
