package london.observatory.leftovers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import london.observatory.extract.ReadOnlyConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What DuckDB (the JDBC driver this project ships) does with a write-ahead log a dead read-write session left
 * beside a published database, found with real files: a separate JVM opens {@code data/observatory.duckdb} (the
 * analysts' link to the latest release) read-write, writes, and halts without a checkpoint. DuckDB follows the
 * link, so the log lands beside the release's own file, not beside the link. A read-only open of the release
 * then replays it: readers see the dead session's writes as if published. A log that does not belong to the file
 * (beside the next release, say) fails every open, read-only or not: "WAL does not match database file".
 * Start-up removes both, and the releases read exactly as published again.
 */
class StrayWalTest {

    @TempDir
    Path data;

    @Test
    void aDeadReadWriteOpenThroughTheLinkLeavesAWalBesideTheReleaseThatStartUpRemoves() throws Exception {
        Path r1 = release("r1", 1000);
        Path r2 = release("r2", 2000);
        byte[] published = Files.readAllBytes(r1);
        Files.createSymbolicLink(data.resolve("observatory.duckdb"), data.relativize(r1));

        assertThat(writeThenHalt(data.resolve("observatory.duckdb"))).isEqualTo(WriteThenHalt.HALTED);

        Path wal = r1.resolveSibling("observatory.duckdb.wal");
        assertThat(wal).isRegularFile();
        assertThat(data.resolve("observatory.duckdb.wal")).doesNotExist();
        assertThat(Files.readAllBytes(r1))
                .as("nothing checkpointed into the release")
                .isEqualTo(published);
        // a reader of the release by its own path now sees the dead session's row and table
        assertThat(rows(r1, "SELECT count(*), sum(value) FROM observations")).containsExactly("1001|1042.0");
        assertThat(rows(r1, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'scratch'"))
                .containsExactly("1");
        // the same log beside another release's file blocks every open of it
        Files.copy(wal, r2.resolveSibling("observatory.duckdb.wal"));
        assertThatThrownBy(() -> rows(r2, "SELECT count(*) FROM observations"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("WAL does not match database file");

        List<Leftover> removed = DeadRunLeftovers.removeFrom(data);

        assertThat(removed)
                .extracting(l -> data.relativize(l.path()).toString())
                .containsExactly("releases/r1/observatory.duckdb.wal", "releases/r2/observatory.duckdb.wal");
        assertThat(rows(r1, "SELECT count(*), sum(value) FROM observations")).containsExactly("1000|1000.0");
        assertThat(rows(r1, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'scratch'"))
                .containsExactly("0");
        assertThat(rows(r2, "SELECT count(*), sum(value) FROM observations")).containsExactly("1000|2000.0");
        assertThat(rows(data.resolve("observatory.duckdb"), "SELECT count(*) FROM observations"))
                .containsExactly("1000");
        assertThat(Files.readAllBytes(r1)).isEqualTo(published);
    }

    /** {@code releases/<id>/observatory.duckdb} with 1,000 observations summing to {@code sum}, closed cleanly. */
    private Path release(String id, int sum) throws Exception {
        Path file =
                Files.createDirectories(data.resolve("releases").resolve(id)).resolve("observatory.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            // as the publisher writes releases: attached in the storage version analysts' clients read, then detached
            s.execute("ATTACH '" + file + "' AS published (STORAGE_VERSION 'v1.4.0')");
            s.execute("CREATE TABLE published.observations AS SELECT 'E0100' || lpad(range::VARCHAR, 4, '0') AS "
                    + "area_code, CASE WHEN range = 0 THEN " + (sum - 999) + " ELSE 1 END::DOUBLE AS value "
                    + "FROM range(1000)");
            s.execute("DETACH published");
        }
        return file;
    }

    private static List<String> rows(Path database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ReadOnlyConnection.open(database);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static int writeThenHalt(Path database) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WriteThenHalt.class.getName(),
                        database.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the read-write session did not halt within 60 s");
        }
        return process.exitValue();
    }
}
