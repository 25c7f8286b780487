package london.observatory.geography;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an LSOA21 → electoral ward best fit. ONS names the columns {@code WD24CD}, GLA {@code ward22cd};
 * the vintage changes yearly, so any two-digit vintage is accepted.
 */
final class WardBestFitReader {

    static final ColumnName LSOA21CD = ColumnName.exact("LSOA21CD");
    static final ColumnName WARD_CD = ColumnName.vintaged("CD", "WD", "WARD");
    static final ColumnName WARD_NM = ColumnName.vintaged("NM", "WD", "WARD");

    record Ward(String code, String name) {
    }

    private WardBestFitReader() {
    }

    /** LSOA21 code → its best-fit ward. */
    static Map<String, Ward> read(Path file) {
        Map<String, Ward> wards = new HashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            int lsoa = table.require(LSOA21CD);
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
        }
        return wards;
    }
}
