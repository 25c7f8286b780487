package london.observatory.publish;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import london.observatory.publish.ViewDocs.ColumnDoc;
import london.observatory.publish.ViewDocs.ViewDoc;
import london.observatory.table.ColumnSpec;
import london.observatory.table.ResourceIndex;
import london.observatory.table.TableSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code data_dictionary} table: every table and view of the database and each of their columns, with
 * type, unit and description. Tables are described by their schemas ({@code tables/<table>.json}, whose
 * columns may carry a {@code unit}), views by their description files ({@link ViewDocs}), with each view
 * column's type read from DuckDB. A view column without a description, or a description of a column the
 * view does not have, fails the publish: the dictionary always matches the database. {@link #generate}
 * makes the same entries without any data, for {@code docs/data-dictionary.md}.
 */
final class DataDictionary {

    static final String TABLE = "data_dictionary";

    /** One row: a table or view at position 0, then its columns from 1. */
    record Entry(
            String objectName,
            String objectType,
            long position,
            String columnName,
            String dataType,
            String unit,
            String description) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<TableSchema> tables;
    private final List<ViewDoc> views;
    private final boolean open;

    /**
     * {@code schemas}: the tables loaded from Parquet; the dictionary's own table is added after them. An
     * {@code open} database's dictionary has no entry for the columns it leaves out.
     */
    DataDictionary(List<TableSchema> schemas, List<ViewDoc> views, boolean open) {
        List<TableSchema> all = new ArrayList<>(schemas);
        all.add(TableSchema.load(TABLE));
        this.tables = List.copyOf(all);
        this.views = List.copyOf(views);
        this.open = open;
    }

    /**
     * Creates and fills {@code data_dictionary} in a database whose tables and views exist, and puts each
     * view's descriptions on it as DuckDB comments (the tables have theirs from {@link TableDdl}).
     */
    void publish(Connection connection) throws SQLException {
        TableSchema own = tables.get(tables.size() - 1);
        execute(connection, TableDdl.createTable(own));
        for (String comment : TableDdl.comments(own, false)) {
            execute(connection, comment);
        }
        List<Entry> entries = entries(connection);
        List<String> comments = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.objectType().equals("view")) {
                comments.add(comment(entry));
            }
        }
        execute(connection, String.join(";\n", comments));
        // One statement for all rows: the driver runs a batch one row at a time.
        execute(
                connection,
                "INSERT INTO " + Sql.identifier(TABLE) + " VALUES "
                        + entries.stream().map(DataDictionary::values).collect(Collectors.joining(", ")));
    }

    private static String values(Entry entry) {
        return "(" + text(entry.objectName()) + ", " + text(entry.objectType()) + ", " + entry.position() + ", "
                + text(entry.columnName()) + ", " + text(entry.dataType()) + ", " + text(entry.unit()) + ", "
                + text(entry.description()) + ")";
    }

    private static String text(String value) {
        return value == null ? "NULL" : Sql.literal(value);
    }

    /**
     * Adds to the dictionary of an open database the entries of the columns only a full one has: what makes
     * the copy of an open database into the full one. They come last in their tables, so no other entry moves.
     */
    void addRestrictedColumns(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (TableSchema schema : tables) {
            List<Entry> open = tableEntries(schema, true);
            for (Entry entry : tableEntries(schema, false)) {
                if (!open.contains(entry)) {
                    rows.add(values(entry));
                }
            }
        }
        if (!rows.isEmpty()) {
            execute(connection, "INSERT INTO " + Sql.identifier(TABLE) + " VALUES " + String.join(", ", rows));
        }
    }

    /** Every table's entries, then every view's, in creation order. */
    List<Entry> entries(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        tables.forEach(schema -> entries.addAll(tableEntries(schema, open)));
        checkEveryViewIsDescribed(connection);
        for (ViewDoc view : views) {
            entries.addAll(viewEntries(view, viewColumnTypes(connection, view.view())));
        }
        return entries;
    }

    /**
     * The dictionary of the shipped tables and views, made in an empty in-memory database (types do not
     * depend on the data): what {@code docs/data-dictionary.md} is written from.
     */
    static List<Entry> generate(ClassLoader resources) {
        List<TableSchema> schemas =
                DuckDbPublisher.TABLES.stream().map(TableSchema::load).toList();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            for (TableSchema schema : schemas) {
                execute(connection, TableDdl.createTable(schema));
            }
            for (String[] script : ViewScripts.load(resources)) {
                execute(connection, script[1]);
            }
            return new DataDictionary(schemas, ViewDocs.load(resources), false).entries(connection);
        } catch (SQLException e) {
            throw new PublishException("cannot generate the data dictionary: " + DatabaseBuild.firstLine(e), e);
        }
    }

    private static List<Entry> tableEntries(TableSchema schema, boolean open) {
        Map<String, String> units = units(schema.table());
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(
                schema.table(),
                "table",
                0,
                null,
                null,
                null,
                schema.description() + " Key: " + String.join(", ", schema.key()) + "."));
        long position = 1;
        for (ColumnSpec column : TableDdl.columns(schema, open)) {
            entries.add(new Entry(
                    schema.table(),
                    "table",
                    position++,
                    column.name(),
                    TableDdl.sqlType(column.type()),
                    units.get(column.name()),
                    column.description()));
        }
        return entries;
    }

    private static List<Entry> viewEntries(ViewDoc view, Map<String, String> types) {
        List<String> actual = new ArrayList<>(types.keySet());
        if (!actual.equals(view.columnNames())) {
            Set<String> missing = new LinkedHashSet<>(actual);
            view.columnNames().forEach(missing::remove);
            Set<String> extra = new LinkedHashSet<>(view.columnNames());
            actual.forEach(extra::remove);
            throw new PublishException(ViewScripts.FOLDER + view.view() + ".json does not describe view " + view.view()
                    + "'s columns in order: undescribed " + missing + ", not in the view " + extra + "; the view has "
                    + actual);
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(view.view(), "view", 0, null, null, null, view.description()));
        long position = 1;
        for (ColumnDoc column : view.columns()) {
            entries.add(new Entry(
                    view.view(),
                    "view",
                    position++,
                    column.name(),
                    types.get(column.name()),
                    column.unit(),
                    column.description()));
        }
        return entries;
    }

    /** Every view in the database has a description file, and every file names a view there. */
    private void checkEveryViewIsDescribed(Connection connection) throws SQLException {
        Set<String> inDatabase = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                        + "AND database_name = current_database() AND schema_name = 'main' ORDER BY view_name")) {
            while (rows.next()) {
                inDatabase.add(rows.getString(1));
            }
        }
        Set<String> described = new LinkedHashSet<>();
        views.forEach(view -> described.add(view.view()));
        if (!inDatabase.equals(described)) {
            throw new PublishException("the views' description files (" + ViewScripts.FOLDER + "*.json) describe "
                    + described + " but the database has the views " + inDatabase);
        }
    }

    /** Column name to DuckDB type, in the view's column order. */
    private static Map<String, String> viewColumnTypes(Connection connection, String view) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                        + "AND database_name = current_database() AND schema_name = 'main' ORDER BY column_index")) {
            query.setString(1, view);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return types;
    }

    /** The {@code unit} of each column of a table schema that gives one. */
    private static Map<String, String> units(String table) {
        String text =
                ResourceIndex.read(DataDictionary.class.getClassLoader(), "observatory/tables/" + table + ".json");
        Map<String, String> units = new HashMap<>();
        for (JsonNode column : JSON.readTree(text).path("columns")) {
            if (column.hasNonNull("unit")) {
                units.put(column.path("name").asString(), column.path("unit").asString());
            }
        }
        return units;
    }

    private static String comment(Entry entry) {
        return entry.columnName() == null
                ? "COMMENT ON VIEW " + Sql.identifier(entry.objectName()) + " IS " + Sql.literal(entry.description())
                : "COMMENT ON COLUMN " + Sql.identifier(entry.objectName()) + "." + Sql.identifier(entry.columnName())
                        + " IS " + Sql.literal(entry.description());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
