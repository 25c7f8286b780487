package london.observatory.web.release;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import london.observatory.extract.ReadOnlyConnection;
import org.duckdb.DuckDBConnection;

/**
 * One database of a served release, opened read-only by its own path inside the release folder (never through
 * {@code data/observatory.duckdb}, which moves to the next release: the JDBC driver keeps one database per path
 * per JVM, so a path that changes meaning would keep answering from the old file). One database instance per
 * file; each request works on a connection of its own duplicated from it, which is cheap and thread-safe.
 */
public final class ReleaseDatabase implements AutoCloseable {

    private final Path file;
    private final DuckDBConnection root;

    private ReleaseDatabase(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
    }

    static ReleaseDatabase open(Path file, String memoryLimit, int threads) throws SQLException {
        DuckDBConnection root = (DuckDBConnection) ReadOnlyConnection.open(file);
        try (Statement s = root.createStatement()) {
            // Offline: a missing extension fails at once instead of trying a download.
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute("SET memory_limit = '" + memoryLimit.replace("'", "''") + "'");
            s.execute("SET threads = " + threads);
        } catch (SQLException e) {
            root.close();
            throw e;
        }
        return new ReleaseDatabase(file, root);
    }

    public Path file() {
        return file;
    }

    /** A connection of the caller's own, to close when done. */
    public Connection connection() throws SQLException {
        return root.duplicate();
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }
}
