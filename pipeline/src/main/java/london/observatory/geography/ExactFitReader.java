package london.observatory.geography;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the ONS LSOA11 → LSOA21 exact-fit lookup: one row per (LSOA11, LSOA21) pair with its CHGIND. */
final class ExactFitReader {

    /** The V1 service called the first column {@code F_LSOA11CD}; later versions {@code LSOA11CD}. */
    static final ColumnName LSOA11CD = ColumnName.anyOf("LSOA11CD", "F_LSOA11CD");

    static final ColumnName LSOA21CD = ColumnName.exact("LSOA21CD");
    static final ColumnName CHGIND = ColumnName.exact("CHGIND");
    /** Census 2011 usual residents of the LSOA 2011, in the exact fit with Census totals; optional. */
    static final ColumnName TOTAL_RES_11 = ColumnName.exact("TotalRes11");

    /**
     * One pair; {@code residents11} is the LSOA 2011's Census 2011 usual residents, or null when the file has
     * none; {@code where} is kept so later checks can point at the line.
     */
    record ExactFitRow(String lsoa11, String lsoa21, char chgind, Long residents11, String where) {}

    private ExactFitReader() {}

    static List<ExactFitRow> read(Path file) {
        List<ExactFitRow> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file)) {
            int from = table.require(LSOA11CD);
            int to = table.require(LSOA21CD);
            int change = table.require(CHGIND);
            int residents = table.has(TOTAL_RES_11) ? table.require(TOTAL_RES_11) : -1;
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                rows.add(new ExactFitRow(
                        row.required(from),
                        row.required(to),
                        chgind(row, change),
                        residents < 0 ? null : residents(row, residents),
                        row.where()));
            }
        }
        return rows;
    }

    private static Long residents(CsvTable.Row row, int column) {
        String value = row.required(column);
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    row.where() + ": TotalRes11 must be a whole number, found '" + value + "'");
        }
    }

    private static char chgind(CsvTable.Row row, int column) {
        String value = row.required(column);
        if (value.length() != 1 || "USMX".indexOf(value.charAt(0)) < 0) {
            throw new IllegalArgumentException(row.where() + ": CHGIND must be U, S, M or X, found '" + value + "'");
        }
        return value.charAt(0);
    }
}
