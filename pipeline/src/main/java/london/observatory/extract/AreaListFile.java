package london.observatory.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of areas as a person keeps it: one code a line, or a CSV whose first column holds the codes (a header
 * line whose first cell starts with two letters, such as {@code LSOA21CD}, is skipped); blank lines and lines
 * starting with {@code #} are ignored; a byte order mark is dropped. The codes are checked later, with the
 * rest of the request.
 */
public final class AreaListFile {

    private AreaListFile() {}

    public static List<String> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    static List<String> parse(BufferedReader reader) throws IOException {
        List<String> codes = new ArrayList<>();
        boolean first = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String cell = firstCell(first ? line.replace("\uFEFF", "") : line);
            if (cell.isEmpty() || cell.startsWith("#")) {
                continue;
            }
            // A header starts with two letters (LSOA21CD, code); a mistyped code (E0100001) is kept, to be refused.
            boolean header = first && !AreaCodes.looksLikeCode(cell) && cell.matches("[A-Za-z]{2}.*");
            first = false;
            if (!header) {
                codes.add(cell);
            }
        }
        return codes;
    }

    private static String firstCell(String line) {
        int comma = line.indexOf(',');
        String cell = comma < 0 ? line : line.substring(0, comma);
        return cell.strip().replace("\"", "");
    }
}
