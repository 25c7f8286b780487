package london.observatory.geography.postcode;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the columns the lookup needs sit in one directory file, and which generation it is. Columns
 * are found by name (case-insensitively), never by position: each release adds or reorders columns.
 *
 * @param postcode {@code pcds}, the variable-width form, present in every generation
 * @param fixedWidthPostcode {@code pcd}/{@code pcd7}, read when {@code pcds} is blank
 */
record DirectoryHeader(
        DirectoryGeneration generation,
        int postcode,
        int fixedWidthPostcode,
        int terminated,
        int district,
        int lsoa21) {

    /** {@code lad25cd}, {@code lad26cd}, …: the vintage in the name changes with every release. */
    private static final Pattern VINTAGED_DISTRICT = Pattern.compile("lad\\d{2}cd");

    /** The generation whose columns are all present, or an error naming the file and the columns looked for. */
    static DirectoryHeader detect(Path file, List<String> header) {
        List<String> names = header.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (DirectoryGeneration generation : DirectoryGeneration.values()) {
            int fixedWidth = names.indexOf(generation.fixedWidthPostcode());
            int district = generation == DirectoryGeneration.RENAMED
                    ? indexOfVintagedDistrict(names)
                    : names.indexOf(generation.district());
            int lsoa21 = names.indexOf(generation.lsoa21());
            int postcode = names.indexOf("pcds");
            int terminated = names.indexOf("doterm");
            if (fixedWidth >= 0 && district >= 0 && lsoa21 >= 0 && postcode >= 0 && terminated >= 0) {
                return new DirectoryHeader(generation, postcode, fixedWidth, terminated, district, lsoa21);
            }
        }
        throw new IllegalArgumentException(file + ": not a recognised ONS postcode directory header; looked for "
                + String.join(
                        " or ",
                        Arrays.stream(DirectoryGeneration.values())
                                .map(DirectoryGeneration::describe)
                                .toList())
                + "; header found: " + header);
    }

    private static int indexOfVintagedDistrict(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (VINTAGED_DISTRICT.matcher(names.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Rows must be at least this wide to hold every column read. */
    int width() {
        return 1 + Math.max(Math.max(postcode, fixedWidthPostcode), Math.max(terminated, Math.max(district, lsoa21)));
    }
}
