package london.observatory.extract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every word the text columns of an extract can hold: the period types, flags and methods of {@code observations},
 * and every literal of the {@code observation_rollups} view's SQL (its flags and methods are CASE literals or come
 * from observations), read from DuckDB's catalogue rather than by running the view, which would cost as much as
 * the roll-ups themselves. So the query can return each word as its position in a list; a word outside the lists
 * (a view changed to compute a flag some other way) stops the extract rather than lose the flag.
 */
record Vocabularies(Vocabulary periodTypes, Vocabulary flags, Vocabulary methods) {

    /** A value with nothing to say why it is missing (the pipeline always says; this is the guard). */
    static final String NOT_AVAILABLE = "not-available";

    /** The total row's method: the listed areas' values summed, or a rate recomputed from the summed parts. */
    static final String CUSTOM_TOTAL = "custom-total";

    /** The query packs a period type's position in 6 bits and a method's in 10 ({@link ExtractSql}). */
    static final int MAX_PERIOD_TYPES = 63;

    static final int MAX_WORDS = 1022;

    /** The position the query gives a flag or method outside the lists. */
    static final int UNKNOWN = 1023;

    private static final String OBSERVED = """
            SELECT DISTINCT 'period' AS kind, period_type AS word FROM observations
            UNION SELECT DISTINCT 'flag', flag FROM observations WHERE flag IS NOT NULL
            UNION SELECT DISTINCT 'method', method FROM observations
            UNION SELECT 'view', sql FROM duckdb_views() WHERE view_name = 'observation_rollups'
            """;
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    static Vocabularies read(ExtractDatabase database) throws SQLException {
        TreeSet<String> periods = new TreeSet<>();
        TreeSet<String> flags = new TreeSet<>();
        TreeSet<String> methods = new TreeSet<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery(OBSERVED)) {
            while (rows.next()) {
                String word = rows.getString(2);
                switch (rows.getString(1)) {
                    case "period" -> periods.add(word);
                    case "flag" -> flags.add(word);
                    case "method" -> methods.add(word);
                    default ->
                        LITERAL.matcher(word).results().map(m -> m.group(1)).forEach(literal -> {
                            flags.add(literal);
                            methods.add(literal);
                        });
                }
            }
        }
        if (periods.size() > MAX_PERIOD_TYPES || flags.size() > MAX_WORDS || methods.size() > MAX_WORDS) {
            throw new IllegalStateException(periods.size() + " period types, " + flags.size() + " flags and "
                    + methods.size() + " methods: more than an extract's query packs");
        }
        return new Vocabularies(
                new Vocabulary(List.copyOf(periods)),
                new Vocabulary(List.copyOf(flags)),
                new Vocabulary(List.copyOf(methods)));
    }
}
