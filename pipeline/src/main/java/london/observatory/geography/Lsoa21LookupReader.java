package london.observatory.geography;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the LSOA21 → MSOA21 → LAD lookup. The OA21-based ONS lookup has the same columns with
 * one row per output area, so identical repeats of an LSOA are accepted; conflicting ones are not.
 */
final class Lsoa21LookupReader {

    static final ColumnName LSOA21CD = ColumnName.exact("LSOA21CD");
    static final ColumnName LSOA21NM = ColumnName.exact("LSOA21NM");
    static final ColumnName MSOA21CD = ColumnName.exact("MSOA21CD");
    static final ColumnName MSOA21NM = ColumnName.exact("MSOA21NM");
    static final ColumnName LAD_CD = ColumnName.vintaged("CD", "LAD");
    static final ColumnName LAD_NM = ColumnName.vintaged("NM", "LAD");

    /** One LSOA21 and its parents, as the lookup states them. */
    record Lsoa21Row(String code, String name, String msoaCode, String msoaName, String ladCode, String ladName) {}

    private Lsoa21LookupReader() {}

    /** LSOA21 code → row, in file order. */
    static Map<String, Lsoa21Row> read(Path file) {
        Map<String, Lsoa21Row> rows = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            int[] col = {
                table.require(LSOA21CD),
                table.require(LSOA21NM),
                table.require(MSOA21CD),
                table.require(MSOA21NM),
                table.require(LAD_CD),
                table.require(LAD_NM)
            };
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                Lsoa21Row lsoa = new Lsoa21Row(
                        row.required(col[0]),
                        row.required(col[1]),
                        row.required(col[2]),
                        row.required(col[3]),
                        row.required(col[4]),
                        row.required(col[5]));
                Lsoa21Row earlier = rows.putIfAbsent(lsoa.code(), lsoa);
                if (earlier != null && !earlier.equals(lsoa)) {
                    throw new IllegalArgumentException(row.where() + ": " + lsoa + " conflicts with " + earlier);
                }
            }
        }
        return rows;
    }
}
