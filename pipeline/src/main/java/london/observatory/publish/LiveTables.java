package london.observatory.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    /** Loads {@code tables} from {@code dataDir}'s Parquet store. */
    public static void load(Connection connection, Path dataDir, List<String> tables) throws SQLException {
        ParquetSources sources = new ParquetSources(dataDir);
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                TableSchema schema = TableSchema.load(table);
                statement.execute(TableDdl.createTable(schema));
                String columns = Sql.identifiers(TableDdl.publishedColumns(schema).stream()
                        .map(ColumnSpec::name)
                        .toList());
                var source = sources.readParquet(schema);
                if (source.isPresent()) {
                    statement.execute("INSERT INTO " + Sql.identifier(table) + " (" + columns + ") SELECT " + columns
                            + " FROM " + source.get());
                }
            }
        }
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
