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

    /**
     * One file for a DuckDB file reader ({@code read_parquet}), which treats every path it is given as a glob,
     * in a list as much as alone: a data directory named {@code data[1]} or {@code x*} would match sibling folders.
     * Each glob character is put in a bracket class of its own ({@code [} → {@code [[]}, {@code *} → {@code [*]}),
     * which matches only that character; a backslash does not escape in DuckDB's globs. Forward slashes on every
     * platform.
     */
    static String fileLiteral(Path file) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        StringBuilder escaped = new StringBuilder(path.length() + 8);
        for (char c : path.toCharArray()) {
            if (GLOB_CHARACTERS.indexOf(c) >= 0) {
                escaped.append('[').append(c).append(']');
            } else {
                escaped.append(c);
            }
        }
        return literal(escaped.toString());
    }

    private static final String GLOB_CHARACTERS = "[*?{";

    static String identifiers(List<String> names) {
        return names.stream().map(Sql::identifier).collect(Collectors.joining(", "));
    }
}
