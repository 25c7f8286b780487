package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import london.observatory.publish.DataDictionary.Entry;
import london.observatory.table.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary is complete and exact, and a view whose columns are not all described is refused. */
class DataDictionaryTest {

    @TempDir
    Path resources;

    @Test
    void everyColumnOfEveryShippedTableAndViewIsDescribedWithItsDuckDbType() throws Exception {
        List<Entry> entries = DataDictionary.generate(DataDictionaryTest.class.getClassLoader());

        assertThat(entries).allSatisfy(e -> assertThat(e.description()).isNotBlank());
        assertThat(entries.stream().filter(e -> e.position() == 0).map(Entry::objectName))
                .containsExactly(
                        "areas",
                        "indicators",
                        "observations",
                        "runs",
                        "reconciliation",
                        "ward_best_fit",
                        "data_dictionary",
                        "observation_rollups",
                        "about",
                        "time_series",
                        "latest_values",
                        "area_profiles",
                        "feed_status");
        // the same columns and types DuckDB reports for the tables and views created from the schemas
        List<String> described = entries.stream()
                .filter(e -> e.position() > 0)
                .map(e -> e.objectName() + "." + e.columnName() + " " + e.dataType())
                .toList();
        assertThat(described).hasSize(187).containsExactlyInAnyOrderElementsOf(columnsOfAFreshDatabase());
    }

    @Test
    void aViewColumnWithoutADescriptionFailsNamingIt() throws Exception {
        view(
                "CREATE VIEW v AS SELECT 1 AS a, 2 AS b",
                "{\"view\": \"v\", \"description\": \"A view.\", \"columns\": "
                        + "[{\"name\": \"a\", \"description\": \"A.\"}, {\"name\": \"c\", \"description\": \"C.\"}]}");

        assertThatThrownBy(this::entries)
                .isInstanceOf(PublishException.class)
                .hasMessage("observatory/views/v.json does not describe view v's columns in order: undescribed [b], "
                        + "not in the view [c]; the view has [a, b]");
    }

    @Test
    void aViewScriptWithoutADescriptionFileFails() throws Exception {
        view("CREATE VIEW v AS SELECT 1 AS a", null);

        assertThatThrownBy(this::entries)
                .isInstanceOf(PublishException.class)
                .hasMessage("view script v.sql has no description file observatory/views/v.json (the view's "
                        + "description and one for each column)");
    }

    @Test
    void aMisspeltKeyInADescriptionFileFails() throws Exception {
        view(
                "CREATE VIEW v AS SELECT 1 AS a",
                "{\"view\": \"v\", \"description\": \"A view.\", \"columns\": "
                        + "[{\"name\": \"a\", \"descripton\": \"A.\"}]}");

        assertThatThrownBy(this::entries)
                .isInstanceOf(PublishException.class)
                .hasMessageStartingWith("observatory/views/v.json is not a view description: Unrecognized property "
                        + "\"descripton\"");
    }

    private void view(String sql, String json) throws Exception {
        Path views = Files.createDirectories(resources.resolve("observatory/views"));
        Files.writeString(views.resolve("index.txt"), "v.sql\n");
        Files.writeString(views.resolve("v.sql"), sql);
        if (json != null) {
            Files.writeString(views.resolve("v.json"), json);
        }
    }

    /** The dictionary of a database holding only the view written by {@link #view}. */
    private List<Entry> entries() throws Exception {
        try (URLClassLoader loader =
                        new URLClassLoader(new URL[] {resources.toUri().toURL()}, null);
                Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement()) {
            s.execute(ViewScripts.load(loader).get(0)[1]);
            return new DataDictionary(List.of(), ViewDocs.load(loader), false).entries(db);
        }
    }

    private static List<String> columnsOfAFreshDatabase() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement()) {
            for (String table : DuckDbPublisher.TABLES) {
                s.execute(TableDdl.createTable(TableSchema.load(table)));
            }
            s.execute(TableDdl.createTable(TableSchema.load(DataDictionary.TABLE)));
            for (String[] script : ViewScripts.load(DataDictionaryTest.class.getClassLoader())) {
                s.execute(script[1]);
            }
            try (ResultSet rs = s.executeQuery("SELECT table_name || '.' || column_name || ' ' || data_type "
                    + "FROM duckdb_columns() WHERE NOT internal AND database_name = 'memory'")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }
}
