package london.observatory.publish;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.observatory.table.TableSchema;

/**
 * Fills one fresh DuckDB database from the Parquet tree and runs the data tests on it, then creates
 * the analyst views and the {@link DataDictionary} of every table and view. Every statement gets its
 * own {@link Statement}: after a failure the driver closes the statement.
 */
final class DatabaseBuild {

    // Offline: an extension miss must fail at once rather than try a download. UTC: the Parquet
    // timestamps are UTC-adjusted and the cast to TIMESTAMP would otherwise use the JVM's zone.
    private static final List<String> SETTINGS = List.of(
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            "SET TimeZone = 'UTC'",
            "SET preserve_insertion_order = false");

    private final Connection connection;
    private final List<TableSchema> schemas;
    private final ParquetSources sources;

    DatabaseBuild(Connection connection, List<TableSchema> schemas, ParquetSources sources) {
        this.connection = connection;
        this.schemas = schemas;
        this.sources = sources;
    }

    Map<String, Long> run(ClassLoader views) throws SQLException {
        SETTINGS.forEach(this::execute);
        for (TableSchema schema : schemas) {
            execute(TableDdl.createTable(schema));
            TableDdl.comments(schema).forEach(this::execute);
        }
        schemas.forEach(this::load);
        check(DataChecks.afterLoad(schemas));
        for (String[] script : ViewScripts.load(views)) {
            execute(script[1], "view script " + script[0]);
        }
        new DataDictionary(schemas, ViewDocs.load(views)).publish(connection);
        Map<String, Long> counts = rowCounts();
        execute("CHECKPOINT");
        return counts;
    }

    private void load(TableSchema schema) {
        Optional<String> source = sources.readParquet(schema);
        if (source.isEmpty()) {
            return; // nothing written yet: an empty table, not an error
        }
        check(List.of(DataChecks.notNull(schema, source.get())));
        String columns = Sql.identifiers(
                TableDdl.publishedColumns(schema).stream().map(c -> c.name()).toList());
        execute(
                "INSERT INTO " + Sql.identifier(schema.table()) + " (" + columns + ") SELECT " + columns + " FROM "
                        + source.get(),
                "loading " + schema.table());
    }

    /** Runs every check, then fails with all their messages on one line. */
    private void check(List<DataCheck> checks) {
        List<String> failures = new ArrayList<>();
        for (DataCheck check : checks) {
            try {
                check.run(connection).ifPresent(failures::add);
            } catch (SQLException e) {
                throw new PublishException("check " + check.name() + " could not run: " + firstLine(e), e);
            }
        }
        if (!failures.isEmpty()) {
            throw new PublishException("publish check failed: " + String.join("; ", failures));
        }
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableSchema schema : schemas) {
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM " + Sql.identifier(schema.table()))) {
                rows.next();
                counts.put(schema.table(), rows.getLong(1));
            }
        }
        return counts;
    }

    private void execute(String sql) {
        execute(sql, sql);
    }

    private void execute(String sql, String what) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new PublishException(abbreviate(what) + " failed: " + firstLine(e), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
