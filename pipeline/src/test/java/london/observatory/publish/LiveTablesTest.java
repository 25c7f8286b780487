package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import london.observatory.table.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live tables read a store as the runs left it, including one written by an earlier version: a column its
 * files do not have yet ({@code indicators.late_after_days}, until the next run rewrites the table) is empty,
 * rather than the status command failing on it.
 */
class LiveTablesTest {

    @TempDir
    Path dataDir;

    @Test
    void aColumnTheFilesDoNotHaveYetIsEmpty() throws Exception {
        Path file = dataDir.resolve("parquet/indicators/indicators.parquet");
        Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute(TableDdl.createTable(TableSchema.load(TableSchema.INDICATORS)));
            s.execute("INSERT INTO indicators (id, title, theme, description, unit, measure_type, source, publisher,"
                    + " licence, source_url, native_geography, frequency, next_release, access_tier, feed, late_after_days)"
                    + " VALUES ('claimant_count', 'Claimant count', 'jobs', 'd', 'people', 'count', 's', 'p', 'OGL', 'file:x',"
                    + " 'lsoa21', 'monthly', 'rule', 'open', 'nomis-claimant-count', 7)");
            s.execute("COPY (SELECT * EXCLUDE (late_after_days) FROM indicators) TO '" + file + "' (FORMAT parquet)");
        }

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            LiveTables.load(c, dataDir, List.of(TableSchema.INDICATORS));
            try (ResultSet r = s.executeQuery("SELECT id, frequency, late_after_days FROM indicators")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("claimant_count");
                assertThat(r.getString(2)).isEqualTo("monthly");
                assertThat(r.getObject(3)).isNull();
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void aTableWithNoFilesIsEmpty() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            LiveTables.load(c, dataDir, List.of(TableSchema.RUNS));
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM runs")) {
                r.next();
                assertThat(r.getLong(1)).isZero();
            }
        }
    }
}
