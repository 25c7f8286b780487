package london.observatory.geography;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Output areas 2021 → LSOA 2021 from the ONS OA21 lookup ({@code OA21CD, LSOA21CD, ...}). OAs nest
 * exactly in LSOAs, so each moves whole and each LSOA sums its OAs; OAs of LSOAs off the spine are left
 * out, so their values are reported unmatched rather than placed.
 */
public final class OutputAreaCrosswalk {

    public static final String SOURCE_GEOGRAPHY = "oa21";
    static final ColumnName OA21CD = ColumnName.exact("OA21CD");
    static final ColumnName LSOA21CD = ColumnName.exact("LSOA21CD");

    private OutputAreaCrosswalk() {}

    public static Crosswalk read(Path file, Geography geography) {
        Map<String, String> oaToLsoa = new HashMap<>(lookup(file));
        oaToLsoa.values().removeIf(lsoa -> !geography.isLsoa21(lsoa));
        return Crosswalk.nesting(SOURCE_GEOGRAPHY, SpineLink.OA21_SUM, oaToLsoa);
    }

    /** Every OA 2021 of the file with its LSOA 2021; an OA given two LSOAs is an error naming its line. */
    static Map<String, String> lookup(Path file) {
        Map<String, String> oaToLsoa = new HashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            int oa = table.require(OA21CD);
            int lsoa = table.require(LSOA21CD);
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                String target = row.required(lsoa);
                String earlier = oaToLsoa.putIfAbsent(row.required(oa), target);
                if (earlier != null && !earlier.equals(target)) {
                    throw new IllegalArgumentException(
                            row.where() + ": OA " + row.get(oa) + " is in both " + earlier + " and " + target);
                }
            }
        }
        return oaToLsoa;
    }
}
