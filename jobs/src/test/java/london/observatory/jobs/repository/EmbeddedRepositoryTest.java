package london.observatory.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import london.observatory.jobs.ObservatoryProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * The embedded job repository, a real H2 file under the data directory, makes Spring Batch's tables on its first
 * run and leaves them (and what they hold) alone after; a first run killed part way through the script is
 * completed by the next.
 */
class EmbeddedRepositoryTest {

    @TempDir
    Path dataDir;

    private final List<HikariDataSource> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(HikariDataSource::close);
    }

    @Test
    void theFirstRunMakesTheTablesAndLaterRunsKeepThemAndTheirRows() throws Exception {
        DataSource first = start();
        assertThat(tables(first)).containsExactlyInAnyOrderElementsOf(RepositorySchema.tables());
        execute(first, "INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'nightly', 'key')");
        opened.remove(0).close();

        DataSource second = start();

        assertThat(tables(second)).containsExactlyInAnyOrderElementsOf(RepositorySchema.tables());
        assertThat(count(second, "BATCH_JOB_INSTANCE")).isEqualTo(1);
    }

    @Test
    void aFirstRunKilledPartWayThroughTheScriptIsCompletedByTheNext() throws Exception {
        DataSource killed = dataSource();
        execute(
                killed,
                "CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT PRIMARY KEY, VERSION BIGINT,"
                        + " JOB_NAME VARCHAR(100) NOT NULL, JOB_KEY VARCHAR(32) NOT NULL)");
        execute(killed, "INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'nightly', 'key')");
        opened.remove(0).close();

        DataSource next = start();

        assertThat(tables(next)).containsExactlyInAnyOrderElementsOf(RepositorySchema.tables());
        assertThat(count(next, "BATCH_JOB_INSTANCE")).isEqualTo(1);
    }

    /** What the application does at start: the data source, then the check that makes or verifies the tables. */
    private DataSource start() {
        DataSource dataSource = dataSource();
        new JobRepositoryConfiguration().repositorySchemaCheck(dataSource, settings, properties(), "BATCH_");
        return dataSource;
    }

    private final DataSourceProperties settings = new DataSourceProperties();

    private DataSource dataSource() {
        DataSource dataSource = new JobRepositoryConfiguration().dataSource(settings, properties());
        opened.add((HikariDataSource) dataSource);
        return dataSource;
    }

    private ObservatoryProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of("observatory.data-dir", dataDir.toString())))
                .bindOrCreate("observatory", ObservatoryProperties.class);
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
