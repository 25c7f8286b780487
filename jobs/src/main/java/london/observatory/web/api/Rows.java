package london.observatory.web.api;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading a nullable number from a row ({@code getDouble} gives 0 for NULL). */
final class Rows {

    private Rows() {}

    static Double doubleOrNull(ResultSet row, int column) throws SQLException {
        double v = row.getDouble(column);
        return row.wasNull() ? null : v;
    }
}
