package london.observatory.table;

/**
 * One column of a canonical table: name, logical type (string, int64, double, date, timestamp, boolean),
 * and whether its values are nearly all distinct within one file ({@code highCardinality}: area codes
 * within one period). Parquet then skips the dictionary (the writer would build one and abandon it) and
 * the min/max statistics (they prune nothing for such a column and cost a comparison per value).
 */
public record ColumnSpec(String name, String type, boolean nullable, String description, Boolean highCardinality) {

    public boolean isHighCardinality() {
        return highCardinality != null && highCardinality;
    }
}
