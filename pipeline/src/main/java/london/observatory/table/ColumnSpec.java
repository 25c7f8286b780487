package london.observatory.table;

/**
 * One column of a canonical table: name, logical type (string, int64, double, date, timestamp, boolean),
 * and whether Parquet should dictionary-encode it. {@code dictionary} is false for columns whose values
 * are nearly all distinct within a file (area codes within one period), where a dictionary only costs
 * time and is then abandoned by the writer; absent means true.
 */
public record ColumnSpec(String name, String type, boolean nullable, String description, Boolean dictionary) {

    public boolean dictionaryEncoded() {
        return dictionary == null || dictionary;
    }
}
