package london.observatory.extract;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The request's areas and indicators as two temporary tables (in the connection's memory, the database file is
 * read-only): {@code extract_area(idx, code, level)} and {@code extract_indicator(idx, id)}, where {@code idx} is the
 * position in the request's sorted lists. They arrive as array parameters, never as SQL text.
 */
final class RequestTables {

    private static final String AREAS = """
            CREATE OR REPLACE TEMP TABLE extract_area AS
            SELECT (generate_subscripts(codes, 1) - 1)::INTEGER AS idx, unnest(codes) AS code, unnest(levels) AS level
            FROM (SELECT ?::VARCHAR[] AS codes, ?::VARCHAR[] AS levels)
            """;
    private static final String INDICATORS = """
            CREATE OR REPLACE TEMP TABLE extract_indicator AS
            SELECT (generate_subscripts(ids, 1) - 1)::INTEGER AS idx, unnest(ids) AS id
            FROM (SELECT ?::VARCHAR[] AS ids)
            """;

    private RequestTables() {}

    static void create(ExtractDatabase database, ValidRequest request) throws SQLException {
        var connection = database.connection();
        try (PreparedStatement areas = connection.prepareStatement(AREAS)) {
            areas.setArray(
                    1, connection.createArrayOf("VARCHAR", request.areaCodes().toArray()));
            areas.setArray(
                    2,
                    connection.createArrayOf(
                            "VARCHAR",
                            request.areas().stream().map(AreaInfo::level).toArray()));
            areas.execute();
        }
        try (PreparedStatement indicators = connection.prepareStatement(INDICATORS)) {
            indicators.setArray(
                    1,
                    connection.createArrayOf(
                            "VARCHAR",
                            request.indicators().stream().map(IndicatorInfo::id).toArray()));
            indicators.execute();
        }
    }
}
