package london.observatory.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A published database opened read-only for one extract. Results are streamed ({@code jdbc_stream_results}):
 * rows are handed over a chunk at a time as the query produces them, so the Java heap never holds the result.
 * DuckDB's sort of a large extract spills beyond its memory limit to a folder under {@code java.io.tmpdir}, not
 * beside the database (a release's folder may be read-only). Temporary tables (the request's areas and
 * indicators) live in the connection's own memory; the file is never written.
 */
final class ExtractDatabase implements AutoCloseable {

    // Offline: an extension miss must fail at once rather than try a download.
    private static final List<String> SETTINGS =
            List.of("SET autoinstall_known_extensions = false", "SET autoload_known_extensions = false");

    private final Path file;
    private final Connection connection;

    private ExtractDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static ExtractDatabase open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no observatory database there");
        }
        try {
            Connection connection = ReadOnlyConnection.open(file);
            ExtractDatabase database = new ExtractDatabase(file, connection);
            for (String setting : SETTINGS) {
                database.execute(setting);
            }
            Path spill = Path.of(System.getProperty("java.io.tmpdir"), "observatory-extract-spill");
            database.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
            return database;
        } catch (SQLException e) {
            throw new IOException("cannot open " + file + " read-only: " + firstLine(e), e);
        }
    }

    Connection connection() {
        return connection;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A query failure as the one-line I/O error callers report. */
    IOException failure(String what, SQLException e) {
        return new IOException(what + " in " + file + " failed: " + firstLine(e), e);
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
