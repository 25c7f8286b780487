package london.observatory.parquet;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Files named to a DuckDB file reader ({@code read_parquet}) one by one. DuckDB treats every path it is given as a
 * glob, in a list as much as alone: a data directory named {@code data[1]} or {@code x*} would match sibling
 * folders. Each glob character is put in a bracket class of its own ({@code [} → {@code [[]}, {@code *} →
 * {@code [*]}), which matches only that character; a backslash does not escape in DuckDB's globs. Forward
 * slashes on every platform. The publisher and the commit's data tests both read Parquet this way.
 */
public final class DuckDbFileList {

    private static final String GLOB_CHARACTERS = "[*?{";

    private DuckDbFileList() {}

    /** {@code ['/a/b.parquet', '/a/c.parquet']}: a DuckDB list of these files, each matching only itself. */
    public static String of(List<Path> files) {
        return files.stream().map(DuckDbFileList::literal).collect(Collectors.joining(", ", "[", "]"));
    }

    /** One file as a quoted SQL string that matches only that file. */
    public static String literal(Path file) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        StringBuilder escaped = new StringBuilder(path.length() + 8);
        for (char c : path.toCharArray()) {
            if (GLOB_CHARACTERS.indexOf(c) >= 0) {
                escaped.append('[').append(c).append(']');
            } else {
                escaped.append(c);
            }
        }
        return '\'' + escaped.toString().replace("'", "''") + '\'';
    }
}
