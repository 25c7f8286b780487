package london.observatory.leftovers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * An analyst's session that dies: opens the database at {@code args[0]} read-write, as the DuckDB CLI or a
 * notebook would, writes a table and a row, then halts the JVM, so nothing is checkpointed or closed and the
 * write-ahead log stays behind. Run in a JVM of its own by {@link StrayWalTest}.
 */
public final class WriteThenHalt {

    static final int HALTED = 3;

    private WriteThenHalt() {}

    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE scratch AS SELECT range AS x FROM range(3)");
            statement.execute("INSERT INTO observations VALUES ('E01999999', 42.0)");
        }
        Runtime.getRuntime().halt(HALTED);
    }
}
