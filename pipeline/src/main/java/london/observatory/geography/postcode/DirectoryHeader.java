package london.observatory.geography.postcode;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import london.observatory.source.Snippet;

/**
 * Where the columns the lookup needs sit in one directory file, and which layout it is. Columns are
 * found by name (case-insensitively), never by position: each release adds, renames or reorders columns.
 *
 * @param postcodes every postcode column present, the variable-width spelling first: a row's postcode is
 *     the first of them that is not blank (some releases leave {@code pcds} empty on a few rows)
 * @param terminated the termination date column, or -1 when the file has none (then no postcode is terminated)
 * @param lsoa the LSOA 2021 column if there is one, else the LSOA 2011 column ({@link #generation()} says which)
 * @param oa11 the OA 2011 column of an LSOA 2011 layout, or -1: it can settle which part of a split LSOA a
 *     postcode is in
 */
record DirectoryHeader(DirectoryGeneration generation, int[] postcodes, int terminated, int lsoa, int oa11) {

    /** Variable-width spellings first, then fixed-width (7 and 8 characters), then a bare "postcode". */
    static final List<String> POSTCODE_COLUMNS =
            List.of("pcds", "postcodenatural", "pcd", "pcd7", "postcode7", "pcd2", "pcd8", "postcode8", "postcode");

    static final List<String> LSOA21_COLUMNS = List.of("lsoa21", "lsoa21cd");
    static final List<String> LSOA11_COLUMNS = List.of("lsoa11", "lsoa11cd");
    static final List<String> TERMINATED_COLUMNS = List.of("doterm", "terminationdate");
    static final List<String> OA11_COLUMNS = List.of("oa11", "oa11cd");

    /** {@code lad25cd}, {@code lad26cd}, …: the vintage in the name changes with every release. */
    private static final Pattern VINTAGED_DISTRICT = Pattern.compile("lad\\d{2}cd");

    /** The layout of {@code header}, or an error naming the file and the columns looked for. */
    static DirectoryHeader detect(Path file, List<String> header) {
        List<String> names = header.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        int[] postcodes = POSTCODE_COLUMNS.stream()
                .mapToInt(names::indexOf)
                .filter(i -> i >= 0)
                .toArray();
        int lsoa21 = first(names, LSOA21_COLUMNS);
        int lsoa11 = first(names, LSOA11_COLUMNS);
        if (postcodes.length == 0 || (lsoa21 < 0 && lsoa11 < 0)) {
            throw new IllegalArgumentException(file + ": not a recognised ONS postcode directory header; looked for"
                    + " a postcode column (" + String.join(", ", POSTCODE_COLUMNS) + ") and an LSOA column ("
                    + String.join(", ", LSOA21_COLUMNS) + ", or for LSOA 2011 " + String.join(", ", LSOA11_COLUMNS)
                    + "), any case; header found: " + Snippet.of(header.toString()));
        }
        int terminated = first(names, TERMINATED_COLUMNS);
        if (lsoa21 >= 0) { // a file with both (the ONSPD) is read by its LSOA 2021: no exact fit needed
            return new DirectoryHeader(generation2021(names), postcodes, terminated, lsoa21, -1);
        }
        return new DirectoryHeader(
                DirectoryGeneration.POSTCODE_TO_OA11, postcodes, terminated, lsoa11, first(names, OA11_COLUMNS));
    }

    /** Layouts with LSOA 2021 differ only in names; the district column tells them apart for the run log. */
    private static DirectoryGeneration generation2021(List<String> names) {
        if (names.contains("oslaua")) {
            return DirectoryGeneration.LEGACY_ONSPD;
        }
        if (names.contains("laua")) {
            return DirectoryGeneration.LEGACY_NSPL;
        }
        boolean vintaged =
                names.stream().anyMatch(n -> VINTAGED_DISTRICT.matcher(n).matches());
        return vintaged ? DirectoryGeneration.RENAMED : DirectoryGeneration.POSTCODE_TO_OA21;
    }

    private static int first(List<String> names, List<String> spellings) {
        return spellings.stream()
                .mapToInt(names::indexOf)
                .filter(i -> i >= 0)
                .findFirst()
                .orElse(-1);
    }

    /** Rows must be at least this wide to hold every column read. */
    int width() {
        int widest = Math.max(
                Math.max(terminated, lsoa),
                Math.max(oa11, Arrays.stream(postcodes).max().orElse(0)));
        return widest + 1;
    }
}
