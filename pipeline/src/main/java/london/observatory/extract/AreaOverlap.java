package london.observatory.extract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedSet;

/**
 * Refuses a total over areas that share an LSOA (a borough and one of its wards, a ward and an MSOA that cross):
 * the total would count those LSOAs twice. Each area is expanded to the LSOAs 2021 it covers through the spine
 * ({@code areas} for MSOAs, boroughs and London, {@code ward_best_fit} for wards of every vintage).
 */
final class AreaOverlap {

    private static final String SQL = """
            WITH asked AS (SELECT unnest(?::VARCHAR[]) AS code),
            lsoa AS (SELECT * FROM areas WHERE level = 'lsoa21'),
            covered AS (
                SELECT a.code AS area, l.code AS lsoa FROM asked a JOIN lsoa l ON l.code = a.code
                UNION ALL SELECT a.code, l.code FROM asked a JOIN lsoa l ON l.msoa21_code = a.code
                UNION ALL SELECT a.code, w.lsoa21_code FROM asked a JOIN ward_best_fit w ON w.ward_code = a.code
                UNION ALL SELECT a.code, l.code FROM asked a JOIN lsoa l ON l.lad_code = a.code
                UNION ALL SELECT a.code, l.code FROM asked a JOIN lsoa l ON l.region_code = a.code
            )
            SELECT min(area), max(area), lsoa FROM covered
            GROUP BY lsoa HAVING count(DISTINCT area) > 1
            ORDER BY 1, 2, 3 LIMIT 1
            """;

    private AreaOverlap() {}

    static void check(ExtractDatabase database, SortedSet<String> codes) throws SQLException {
        try (PreparedStatement query = database.connection().prepareStatement(SQL)) {
            query.setArray(1, database.connection().createArrayOf("VARCHAR", codes.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new ExtractRequestException(rows.getString(1) + " and " + rows.getString(2)
                            + " overlap (both cover LSOA " + rows.getString(3)
                            + "), so a total would count it twice: leave one out, or ask without a total");
                }
            }
        }
    }
}
