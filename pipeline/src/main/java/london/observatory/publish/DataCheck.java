package london.observatory.publish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One data test gating publication: a query returning offending rows (at most a few examples),
 * whose last column {@code offending} is the total number of offending rows or groups.
 */
record DataCheck(String name, String sql) {

    static final int EXAMPLES = 3;

    /** Empty when the check passes; otherwise a one-line description with examples. */
    Optional<String> run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> examples = new ArrayList<>();
            long offending = 0;
            while (rows.next()) {
                offending = rows.getLong(columns);
                examples.add(example(rows, columns - 1));
            }
            if (examples.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(name + " failed: " + offending + " offending, e.g. " + String.join(", ", examples));
        }
    }

    private static String example(ResultSet rows, int columns) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            values.add(rows.getMetaData().getColumnLabel(i) + "=" + rows.getString(i));
        }
        return "(" + String.join(" ", values) + ")";
    }
}
