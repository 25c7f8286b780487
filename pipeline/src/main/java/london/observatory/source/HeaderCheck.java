package london.observatory.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;

/**
 * Checks a landed file's header against the columns its descriptor requires, before a single row is
 * read, and gives the position of each required column. Names match case-insensitively (Nomis echoes
 * {@code select} in upper case) but otherwise exactly: a renamed column is a missing column.
 */
public final class HeaderCheck {

    private HeaderCheck() {}

    /** Positions of {@code required} columns, in the order given; throws if any is absent. */
    public static int[] positions(String feed, Path file, List<String> header, List<String> required) {
        Map<String, Integer> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip(), i);
        }
        int[] positions = new int[required.size()];
        for (int i = 0; i < required.size(); i++) {
            Integer position = byName.get(required.get(i));
            if (position == null) {
                throw new SchemaMismatchException(String.format(
                        Locale.ROOT,
                        "%s: %s has no column %s (header: %s)",
                        feed,
                        file.getFileName(),
                        required.get(i),
                        Snippet.of(String.join(",", header))));
            }
            positions[i] = position;
        }
        return positions;
    }

    /** Reads only the header of each file and checks it. */
    public static void checkAll(String feed, List<Path> files, List<String> required) {
        for (Path file : files) {
            try (CSVParser parser = CsvFiles.open(file)) {
                positions(feed, file, parser.getHeaderNames(), required);
            } catch (IOException e) {
                throw ReadFailure.of(feed, file, e);
            }
        }
    }
}
