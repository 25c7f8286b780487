package london.observatory.extract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

/**
 * Every word the text columns of one extract can hold: the period types, flags and methods of {@code observations},
 * and of {@code observation_rollups} for the extract's areas above LSOA (cheap: the same filter the extract's query
 * pushes into the view). Complete by construction, so the query returns each word as its position in a list.
 */
record Vocabularies(Vocabulary periodTypes, Vocabulary flags, Vocabulary methods) {

    /** A value with nothing to say why it is missing (the pipeline always says; this is the guard). */
    static final String NOT_AVAILABLE = "not-available";

    /** The total row's method: the listed areas' values summed, or a rate recomputed from the summed parts. */
    static final String CUSTOM_TOTAL = "custom-total";

    /** The query packs a period type's position in 6 bits and a method's in 10 ({@link ExtractSql}). */
    static final int MAX_PERIOD_TYPES = 63;

    static final int MAX_METHODS = 1023;

    private static final String OBSERVED = """
            SELECT DISTINCT 'period' AS kind, period_type AS word FROM observations
            UNION SELECT DISTINCT 'flag', flag FROM observations WHERE flag IS NOT NULL
            UNION SELECT DISTINCT 'method', method FROM observations
            """;
    private static final String ROLLED_UP = """
            UNION SELECT kind, word FROM (
                SELECT period_type, flag, method FROM observation_rollups
                WHERE list_contains(?::VARCHAR[], area_level) AND list_contains(?::VARCHAR[], area_code)
            ) UNPIVOT (word FOR kind IN (period_type AS 'period', flag AS 'flag', method AS 'method'))
            """;

    static Vocabularies read(ExtractDatabase database, AreasAboveLsoa above) throws SQLException {
        TreeSet<String> periods = new TreeSet<>();
        TreeSet<String> flags = new TreeSet<>();
        TreeSet<String> methods = new TreeSet<>();
        var connection = database.connection();
        try (PreparedStatement query = connection.prepareStatement(OBSERVED + (above.any() ? ROLLED_UP : ""))) {
            if (above.any()) {
                query.setArray(1, connection.createArrayOf("VARCHAR", above.levels()));
                query.setArray(2, connection.createArrayOf("VARCHAR", above.codes()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String word = rows.getString(2);
                    switch (rows.getString(1)) {
                        case "period" -> periods.add(word);
                        case "flag" -> flags.add(word);
                        default -> methods.add(word);
                    }
                }
            }
        }
        if (periods.size() > MAX_PERIOD_TYPES || methods.size() > MAX_METHODS) {
            throw new IllegalStateException(periods.size() + " period types and " + methods.size()
                    + " methods: more than an extract's query packs (" + MAX_PERIOD_TYPES + ", " + MAX_METHODS + ")");
        }
        return new Vocabularies(
                new Vocabulary(List.copyOf(periods)),
                new Vocabulary(List.copyOf(flags)),
                new Vocabulary(List.copyOf(methods)));
    }
}
