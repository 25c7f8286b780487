package london.observatory.publish;

import java.util.ArrayList;
import java.util.List;
import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;

/**
 * DDL for a canonical table, generated from its {@link TableSchema} so DuckDB and Parquet never
 * drift apart. Keys are checked by query, not declared: a PRIMARY KEY index on tens of millions of
 * rows costs memory and load time and reports a duplicate less clearly.
 */
final class TableDdl {

    /** Columns DuckDB adds to observations from the hive partition directories. */
    static final List<ColumnSpec> PARTITION_COLUMNS = List.of(
            new ColumnSpec("feed", "string", false, "Feed that wrote the row (hive partition feed=).", null),
            new ColumnSpec(
                    "period",
                    "string",
                    false,
                    "Period partition the row is stored under (hive partition period=).",
                    null));

    private TableDdl() {}

    /** The table's columns as published: the schema's, then its partition columns. */
    static List<ColumnSpec> publishedColumns(TableSchema schema) {
        List<ColumnSpec> columns = new ArrayList<>(schema.columns());
        for (ColumnSpec partition : PARTITION_COLUMNS) {
            if (schema.partitionedBy().contains(partition.name())) {
                columns.add(partition);
            }
        }
        return columns;
    }

    static String createTable(TableSchema schema) {
        List<String> definitions = publishedColumns(schema).stream()
                .map(c -> Sql.identifier(c.name()) + " " + sqlType(c.type()) + (c.nullable() ? "" : " NOT NULL"))
                .toList();
        return "CREATE TABLE " + Sql.identifier(schema.table()) + " (" + String.join(", ", definitions) + ")";
    }

    static List<String> comments(TableSchema schema) {
        List<String> statements = new ArrayList<>();
        String table = Sql.identifier(schema.table());
        statements.add("COMMENT ON TABLE " + table + " IS "
                + Sql.literal(schema.description() + " Key: " + String.join(", ", schema.key()) + "."));
        for (ColumnSpec column : publishedColumns(schema)) {
            statements.add("COMMENT ON COLUMN " + table + "." + Sql.identifier(column.name()) + " IS "
                    + Sql.literal(column.description()));
        }
        return statements;
    }

    static String sqlType(String logicalType) {
        return switch (logicalType) {
            case "string" -> "VARCHAR";
            case "int64" -> "BIGINT";
            case "double" -> "DOUBLE";
            case "date" -> "DATE";
            case "timestamp" -> "TIMESTAMP";
            case "boolean" -> "BOOLEAN";
            default -> throw new IllegalArgumentException("unknown logical type " + logicalType);
        };
    }
}
