package london.observatory.extract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How every reader in the process opens a published database: read-only, results streamed, by its absolute path.
 * One place, because the JDBC driver refuses a second connection, in one JVM, to a file it already has open with
 * other settings: the server's connection to a release and an extract's of the same file must agree.
 */
public final class ReadOnlyConnection {

    private ReadOnlyConnection() {}

    public static Connection open(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("jdbc_stream_results", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }
}
