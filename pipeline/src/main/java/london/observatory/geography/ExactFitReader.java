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

    /** One pair; {@code where} is kept so later checks can point at the line. */
    record ExactFitRow(String lsoa11, String lsoa21, char chgind, String where) {}

    private ExactFitReader() {}

    static List<ExactFitRow> read(Path file) {
        List<ExactFitRow> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file)) {
            int from = table.require(LSOA11CD);
            int to = table.require(LSOA21CD);
            int change = table.require(CHGIND);
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                rows.add(new ExactFitRow(row.required(from), row.required(to), chgind(row, change), row.where()));
            }
        }
        return rows;
    }

    private static char chgind(CsvTable.Row row, int column) {
        String value = row.required(column);
        if (value.length() != 1 || "USMX".indexOf(value.charAt(0)) < 0) {
            throw new IllegalArgumentException(row.where() + ": CHGIND must be U, S, M or X, found '" + value + "'");
        }
        return value.charAt(0);
    }
}
