package london.observatory.geography;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an LSOA → electoral ward best fit. ONS names the columns {@code WD24CD}, GLA {@code ward22cd};
 * the vintage changes yearly, so any two-digit vintage is accepted, and it is read from the header
 * ({@code WD18CD} is the 2018 vintage). Current lookups are keyed by LSOA 2021; older ones (wards of
 * 2014 or 2018) were published against LSOA 2011, so either key is accepted.
 */
final class WardBestFitReader {

    static final ColumnName LSOA21CD = ColumnName.exact("LSOA21CD");
    static final ColumnName LSOA11CD = ColumnName.anyOf("LSOA11CD", "F_LSOA11CD");
    static final ColumnName WARD_CD = ColumnName.vintaged("CD", "WD", "WARD");
    static final ColumnName WARD_NM = ColumnName.vintaged("NM", "WD", "WARD");

    private static final Pattern VINTAGE = Pattern.compile("(?i)(?:WD|WARD)(\\d{2})CD");

    record Ward(String code, String name) {}

    /**
     * One vintage's best fit, keyed as the file is.
     *
     * @param byLsoa11 true when the keys are LSOA 2011 codes
     */
    record WardLookup(Path file, int vintage, boolean byLsoa11, Map<String, Ward> wards) {}

    private WardBestFitReader() {}

    static WardLookup lookup(Path file) {
        Map<String, Ward> wards = new HashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            boolean byLsoa11 = !table.has(LSOA21CD) && table.has(LSOA11CD);
            int lsoa = table.require(byLsoa11 ? LSOA11CD : LSOA21CD);
            int code = table.require(WARD_CD);
            int name = table.require(WARD_NM);
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                Ward ward = new Ward(row.required(code), row.required(name));
                Ward earlier = wards.putIfAbsent(row.required(lsoa), ward);
                if (earlier != null && !earlier.equals(ward)) {
                    throw new IllegalArgumentException(row.where() + ": LSOA " + row.get(lsoa)
                            + " has two best-fit wards, " + earlier + " and " + ward);
                }
            }
            return new WardLookup(file, vintage(table.columnName(code)), byLsoa11, wards);
        }
    }

    /** {@code WD18CD} → 2018. Ward codes began in 2000s vintages, so a two-digit year is always 20nn. */
    private static int vintage(String column) {
        Matcher m = VINTAGE.matcher(column);
        if (!m.matches()) {
            throw new IllegalStateException("not a vintaged ward code column: " + column);
        }
        return 2000 + Integer.parseInt(m.group(1));
    }
}
