package london.observatory.table;

/** One column of a canonical table: name, logical type (string, int64, double, date, timestamp, boolean). */
public record ColumnSpec(String name, String type, boolean nullable, String description) {
}
