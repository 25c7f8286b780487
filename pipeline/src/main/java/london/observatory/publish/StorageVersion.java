package london.observatory.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the published database in a storage format the analysts' clients can open. The JDBC driver
 * (DuckDB 2.0) writes storage version 69 by default, which DuckDB 1.x clients (the Python {@code duckdb}
 * 1.5.6 PyPI serves, the 1.x CLI, R) refuse as "created with a newer version". Attaching the file with
 * {@code STORAGE_VERSION 'v1.4.0'} writes version 67, which every DuckDB from 1.4.0 on reads (1.4 is
 * DuckDB's long-term support line). The file is attached to an in-memory database and made the default
 * catalog, so every statement of the build runs unqualified as before; {@link #detach} writes it out and
 * lets go of it before the publisher renames it.
 */
public final class StorageVersion {

    /** The {@code STORAGE_VERSION} option written. */
    public static final String WRITTEN = "v1.4.0";
    /** The number DuckDB writes in the file's header for {@link #WRITTEN}. */
    static final long HEADER_NUMBER = 67;

    private static final String ALIAS = "published";

    private StorageVersion() {}

    /**
     * A connection whose default catalog is {@code file}, created in {@link #WRITTEN}. Spills go beside the
     * file ({@code <file>.tmp}), as they would for the file opened directly, not under the working directory.
     */
    static Connection create(Path file) throws SQLException {
        return attach(file, " (STORAGE_VERSION " + Sql.literal(WRITTEN) + ")");
    }

    /** A connection whose default catalog is {@code file}, an existing database, kept in its own version. */
    static Connection open(Path file) throws SQLException {
        return attach(file, "");
    }

    private static Connection attach(Path file, String options) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET temp_directory = " + Sql.literal(forwardSlashes(file) + ".tmp"));
            statement.execute("ATTACH " + Sql.literal(forwardSlashes(file)) + " AS " + ALIAS + options);
            statement.execute("USE " + ALIAS);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Checkpoints and closes the file: afterwards it is complete, with no WAL beside it. */
    static void detach(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("USE memory");
            statement.execute("DETACH " + ALIAS);
        }
    }

    private static String forwardSlashes(Path file) {
        return file.toAbsolutePath().toString().replace('\\', '/');
    }
}
