package london.observatory.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;

/** The data tests generated from the table schemas: NOT NULL columns, unique keys, codes that resolve. */
final class DataChecks {

    /** The temporary table of the partitions an update replaced: {@code (feed, period)}. */
    static final String CHANGED_PARTITIONS = "changed_partitions";

    private DataChecks() {}

    /**
     * NOT NULL columns of a Parquet source, checked before loading so the message names the column
     * and count instead of DuckDB's bare constraint error. One scan counts every column.
     */
    static DataCheck notNull(TableSchema schema, String source) {
        List<ColumnSpec> required =
                schema.columns().stream().filter(c -> !c.nullable()).toList();
        String counts = required.stream()
                .map(c -> "count(*) FILTER (WHERE " + Sql.identifier(c.name()) + " IS NULL) AS "
                        + Sql.identifier(c.name()))
                .collect(Collectors.joining(", "));
        String unpivoted =
                "UNPIVOT (SELECT " + counts + " FROM " + source + ") ON COLUMNS(*) INTO NAME null_column VALUE n";
        return new DataCheck(
                schema.table() + ".not_null",
                "SELECT null_column, n, sum(n) OVER () AS offending FROM (" + unpivoted + ") WHERE n > 0 "
                        + "ORDER BY null_column LIMIT " + DataCheck.EXAMPLES);
    }

    static DataCheck uniqueKey(TableSchema schema) {
        return uniqueKey(schema, Sql.identifier(schema.table()));
    }

    /**
     * The key of the rows in the replaced partitions is unique across the whole table: only rows that share a
     * key with a new row can duplicate one (a key may come from two feeds), and the rest were checked when
     * they were loaded. Grouping every row of a large table takes seconds; this takes milliseconds.
     */
    static DataCheck uniqueKeyOfChangedPartitions(TableSchema schema) {
        String table = Sql.identifier(schema.table());
        String key = Sql.identifiers(schema.key());
        String partition = Sql.identifiers(schema.partitionedBy());
        String changedKeys = "SELECT DISTINCT " + key + " FROM " + table + " JOIN " + CHANGED_PARTITIONS + " USING ("
                + partition + ")";
        return uniqueKey(schema, "(SELECT * FROM " + table + " SEMI JOIN (" + changedKeys + ") USING (" + key + "))");
    }

    private static DataCheck uniqueKey(TableSchema schema, String rows) {
        String key = Sql.identifiers(schema.key());
        return new DataCheck(
                schema.table() + ".key_unique(" + String.join(",", schema.key()) + ")",
                "SELECT " + key + ", count(*) AS copies, count(*) OVER () AS offending FROM " + rows + " GROUP BY "
                        + key + " HAVING count(*) > 1 ORDER BY " + key + " LIMIT " + DataCheck.EXAMPLES);
    }

    /** Every {@code child.column} value exists in {@code parent.parentColumn}. */
    static DataCheck references(String child, String column, String parent, String parentColumn) {
        return references(child, column, parent, parentColumn, Sql.identifier(child));
    }

    /** The temporary table of a parent table's keys before an update ({@link #PARENTS}). */
    static String keysBefore(String parent) {
        return "keys_before_" + parent;
    }

    /**
     * After an update, only the child rows that can have lost their parent: the rows of the replaced partitions,
     * and the rows naming a key the parent table no longer has (kept before the update in {@link #keysBefore}).
     * Every other row was checked when it was loaded, against keys that are all still there.
     */
    static DataCheck referencesOfChangedRows(String child, String column, String parent, String parentColumn) {
        String c = Sql.identifier(column);
        String p = Sql.identifier(parentColumn);
        String table = Sql.identifier(child);
        String lost = "(SELECT " + p + " FROM " + keysBefore(parent) + " EXCEPT SELECT " + p + " FROM "
                + Sql.identifier(parent) + ")";
        String rows = "(SELECT * FROM " + table + " SEMI JOIN " + CHANGED_PARTITIONS + " USING (feed, period)"
                + " UNION ALL SELECT * FROM " + table + " ANTI JOIN " + CHANGED_PARTITIONS + " USING (feed, period)"
                + " WHERE " + c + " IN " + lost + ")";
        return references(child, column, parent, parentColumn, rows);
    }

    private static DataCheck references(String child, String column, String parent, String parentColumn, String rows) {
        String c = Sql.identifier(column);
        return new DataCheck(
                child + "." + column + "_in_" + parent + "." + parentColumn,
                "SELECT o." + c + ", count(*) AS n_rows, count(*) OVER () AS offending FROM " + rows
                        + " o WHERE NOT EXISTS (SELECT 1 FROM " + Sql.identifier(parent) + " p WHERE p."
                        + Sql.identifier(parentColumn) + " = o." + c + ") GROUP BY o." + c
                        + " ORDER BY o." + c + " LIMIT " + DataCheck.EXAMPLES);
    }

    /** The checks run on the loaded tables: keys of every table, then the observation foreign keys. */
    static List<DataCheck> afterLoad(List<TableSchema> schemas) {
        List<DataCheck> checks = new ArrayList<>();
        schemas.forEach(schema -> checks.add(uniqueKey(schema)));
        checks.addAll(references());
        return checks;
    }

    /**
     * After an update: keys as {@link #uniqueKeyOfChangedPartitions} says for partitioned tables, all others;
     * references of observations as {@link #referencesOfChangedRows} says, all others.
     */
    static List<DataCheck> afterUpdate(List<TableSchema> schemas) {
        List<DataCheck> checks = new ArrayList<>();
        for (TableSchema schema : schemas) {
            checks.add(schema.partitionedBy().isEmpty() ? uniqueKey(schema) : uniqueKeyOfChangedPartitions(schema));
        }
        checks.add(referencesOfChangedRows(TableSchema.OBSERVATIONS, "area_code", TableSchema.AREAS, "code"));
        checks.add(referencesOfChangedRows(TableSchema.OBSERVATIONS, "indicator_id", TableSchema.INDICATORS, "id"));
        checks.add(references(TableSchema.WARD_BEST_FIT, "ward_code", TableSchema.AREAS, "code"));
        return checks;
    }

    /**
     * After an update that loaded only {@code changes}: the checks of {@link #afterUpdate(List)} that can find
     * anything. A table none of whose files changed holds the rows it held when it was checked; a reference is
     * checked again only when its child or parent changed.
     */
    static List<DataCheck> afterUpdate(List<TableSchema> schemas, ParquetChanges changes) {
        boolean partitions = !changes.partitions().isEmpty();
        List<DataCheck> checks = new ArrayList<>();
        for (TableSchema schema : schemas) {
            if (schema.partitionedBy().isEmpty() && changes.tables().contains(schema.table())) {
                checks.add(uniqueKey(schema));
            } else if (!schema.partitionedBy().isEmpty() && partitions) {
                checks.add(uniqueKeyOfChangedPartitions(schema));
            }
        }
        if (partitions || changes.tables().contains(TableSchema.AREAS)) {
            checks.add(referencesOfChangedRows(TableSchema.OBSERVATIONS, "area_code", TableSchema.AREAS, "code"));
        }
        if (partitions || changes.tables().contains(TableSchema.INDICATORS)) {
            checks.add(referencesOfChangedRows(TableSchema.OBSERVATIONS, "indicator_id", TableSchema.INDICATORS, "id"));
        }
        if (changes.tables().contains(TableSchema.WARD_BEST_FIT)
                || changes.tables().contains(TableSchema.AREAS)) {
            checks.add(references(TableSchema.WARD_BEST_FIT, "ward_code", TableSchema.AREAS, "code"));
        }
        return checks;
    }

    /** The parent tables whose keys observations name, with their key column. */
    static final Map<String, String> PARENTS = Map.of(TableSchema.AREAS, "code", TableSchema.INDICATORS, "id");

    /** Every reference of every row. */
    private static List<DataCheck> references() {
        List<DataCheck> checks = new ArrayList<>();
        checks.add(references(TableSchema.OBSERVATIONS, "area_code", TableSchema.AREAS, "code"));
        checks.add(references(TableSchema.OBSERVATIONS, "indicator_id", TableSchema.INDICATORS, "id"));
        checks.add(references(TableSchema.WARD_BEST_FIT, "ward_code", TableSchema.AREAS, "code"));
        return checks;
    }
}
