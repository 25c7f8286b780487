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

    /**
     * The table's columns as published: the schema's, then its partition columns, then the restricted ones
     * ({@link OpenTier#RESTRICTED_COLUMNS}), so that the full database is the open one with columns added at
     * the end.
     */
    static List<ColumnSpec> publishedColumns(TableSchema schema) {
        List<ColumnSpec> columns = new ArrayList<>(openColumns(schema));
        schema.columns().stream()
                .filter(c -> OpenTier.restricted(schema.table(), c.name()))
                .forEach(columns::add);
        return columns;
    }

    /** The published columns an open database has: all but the restricted ones. */
    static List<ColumnSpec> openColumns(TableSchema schema) {
        List<ColumnSpec> columns = new ArrayList<>();
        schema.columns().stream()
                .filter(c -> !OpenTier.restricted(schema.table(), c.name()))
                .forEach(columns::add);
        for (ColumnSpec partition : PARTITION_COLUMNS) {
            if (schema.partitionedBy().contains(partition.name())) {
                columns.add(partition);
            }
        }
        return columns;
    }

    /** The columns of {@code schema} in a database of {@code open}'s tier, or of everything. */
    static List<ColumnSpec> columns(TableSchema schema, boolean open) {
        return open ? openColumns(schema) : publishedColumns(schema);
    }

    static String createTable(TableSchema schema) {
        return createTable(schema, false);
    }

    static String createTable(TableSchema schema, boolean open) {
        List<String> definitions = columns(schema, open).stream()
                .map(c -> open && OpenTier.cleared(schema.table(), c.name()) ? nullable(c) : definition(c))
                .toList();
        return "CREATE TABLE " + Sql.identifier(schema.table()) + " (" + String.join(", ", definitions) + ")";
    }

    private static String nullable(ColumnSpec c) {
        return Sql.identifier(c.name()) + " " + sqlType(c.type());
    }

    static String definition(ColumnSpec c) {
        return Sql.identifier(c.name()) + " " + sqlType(c.type()) + (c.nullable() ? "" : " NOT NULL");
    }

    static List<String> comments(TableSchema schema, boolean open) {
        List<String> statements = new ArrayList<>();
        String table = Sql.identifier(schema.table());
        statements.add("COMMENT ON TABLE " + table + " IS "
                + Sql.literal(schema.description() + " Key: " + String.join(", ", schema.key()) + "."));
        for (ColumnSpec column : columns(schema, open)) {
            statements.add(comment(schema, column));
        }
        return statements;
    }

    static String comment(TableSchema schema, ColumnSpec column) {
        return "COMMENT ON COLUMN " + Sql.identifier(schema.table()) + "." + Sql.identifier(column.name()) + " IS "
                + Sql.literal(column.description());
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
