package london.observatory.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Quoting for the SQL the publisher generates from table schemas and paths. */
final class Sql {

    private Sql() {}

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** DuckDB globs take forward slashes on every platform. */
    static String globLiteral(Path dir, String glob) {
        return literal(dir.toAbsolutePath().toString().replace('\\', '/') + "/" + glob);
    }

    static String identifiers(List<String> names) {
        return names.stream().map(Sql::identifier).collect(Collectors.joining(", "));
    }
}
