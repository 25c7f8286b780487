package london.observatory.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import london.observatory.table.ColumnSpec;
import london.observatory.table.ResourceIndex;
import london.observatory.table.TableSchema;

/**
 * Some of the live Parquet store's tables, and an analyst view over them, in a DuckDB connection of the caller's
 * (an in-memory one): what the runs have recorded so far, whether or not a release was published since. Tables
 * are typed by their schemas, so a table with no files yet is an empty one.
 */
public final class LiveTables {

    private LiveTables() {}

    /**
     * Loads {@code tables} from {@code dataDir}'s Parquet store. A column the files do not have yet (a store written
     * by an earlier version, before the next run rewrites the table) is empty, as a column added to a table is.
     */
    public static void load(Connection connection, Path dataDir, List<String> tables) throws SQLException {
        ParquetSources sources = new ParquetSources(dataDir);
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                TableSchema schema = TableSchema.load(table);
                statement.execute(TableDdl.createTable(schema));
                var source = sources.readParquet(schema);
                if (source.isPresent()) {
                    Set<String> inFiles = columnsOf(statement, source.get());
                    String columns = Sql.identifiers(TableDdl.publishedColumns(schema).stream()
                            .map(ColumnSpec::name)
                            .filter(inFiles::contains)
                            .toList());
                    statement.execute("INSERT INTO " + Sql.identifier(table) + " (" + columns + ") SELECT " + columns
                            + " FROM " + source.get());
                }
            }
        }
    }

    private static Set<String> columnsOf(Statement statement, String source) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (described.next()) {
                columns.add(described.getString("column_name"));
            }
        }
        return columns;
    }

    /** Runs the analyst view script {@code view} (say {@code feed_status.sql}) over the tables loaded. */
    public static void createView(Connection connection, String view) throws SQLException {
        String sql = ResourceIndex.read(LiveTables.class.getClassLoader(), ViewScripts.FOLDER + view);
        if (sql == null) {
            throw new PublishException("no view script " + ViewScripts.FOLDER + view);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
