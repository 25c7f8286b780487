package london.observatory.geography;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a population count per LSOA21 from named columns. Derived files repeat an LSOA's count on
 * every row that mentions it (e.g. merge rows of the exact fit), so a repeat with the same value is
 * taken once; a different value for the same code is an error, since summing or picking would be a guess.
 */
final class PopulationReader {

    private PopulationReader() {}

    static Map<String, Long> read(Path file, String codeColumn, String valueColumn) {
        Map<String, Long> population = new HashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            int code = table.require(ColumnName.exact(codeColumn));
            int value = table.require(ColumnName.exact(valueColumn));
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                long count = count(row, value);
                Long earlier = population.putIfAbsent(row.required(code), count);
                if (earlier != null && earlier != count) {
                    throw new IllegalArgumentException(row.where() + ": " + row.get(code) + " has population " + count
                            + " but an earlier row says " + earlier);
                }
            }
        }
        return population;
    }

    private static long count(CsvTable.Row row, int column) {
        String text = row.required(column);
        try {
            long count = Long.parseLong(text);
            if (count < 0) {
                throw new IllegalArgumentException(row.where() + ": negative population " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(row.where() + ": population is not a whole number: '" + text + "'", e);
        }
    }
}
