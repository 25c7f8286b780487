package london.observatory.parquet;

import london.observatory.table.ColumnSpec;

/** The logical column types of the table schemas, resolved once so the hot path switches on an enum. */
enum ColumnType {
    STRING,
    INT64,
    DOUBLE,
    DATE,
    TIMESTAMP,
    BOOLEAN;

    static ColumnType of(ColumnSpec column) {
        return switch (column.type()) {
            case "string" -> STRING;
            case "int64" -> INT64;
            case "double" -> DOUBLE;
            case "date" -> DATE;
            case "timestamp" -> TIMESTAMP;
            case "boolean" -> BOOLEAN;
            default ->
                throw new IllegalArgumentException("column " + column.name() + " has unknown type " + column.type());
        };
    }
}
