package london.observatory.connectors.nomis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.source.CsvFiles;
import london.observatory.source.ReadFailure;
import london.observatory.source.SchemaMismatchException;
import london.observatory.source.Snippet;
import org.apache.commons.csv.CSVParser;

/**
 * The columns a Nomis API response is read by, found by name whatever {@code select} the query used: with
 * no {@code select} every dimension brings its code and its label, and a labelled {@code select}
 * ({@code date_name,geography_code,obs_value,obs_status_name}) brings only labels. Each slot takes the first
 * of its names the header has; names match case-insensitively, as Nomis echoes {@code select} in upper case.
 * {@code GEOGRAPHY_TYPECODE} is optional: without it the level is read from the code itself.
 */
final class NomisColumns {

    static final int DATE = 0;
    static final int CODE = 1;
    static final int VALUE = 2;
    static final int STATUS = 3;
    static final int TYPE = 4;

    private static final List<List<String>> REQUIRED = List.of(
            List.of("DATE", "DATE_NAME"),
            List.of("GEOGRAPHY_CODE"),
            List.of("OBS_VALUE"),
            List.of("OBS_STATUS", "OBS_STATUS_NAME"));
    private static final String TYPECODE = "GEOGRAPHY_TYPECODE";

    private NomisColumns() {}

    /** Positions by slot ({@link #DATE} … {@link #TYPE}; -1 for a type column the header lacks). */
    static int[] positions(String feed, Path file, List<String> header) {
        Map<String, Integer> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip(), i);
        }
        int[] positions = new int[REQUIRED.size() + 1];
        for (int slot = 0; slot < REQUIRED.size(); slot++) {
            positions[slot] = first(byName, REQUIRED.get(slot));
            if (positions[slot] < 0) {
                throw new SchemaMismatchException(String.format(
                        Locale.ROOT,
                        "%s: %s has no column %s (header: %s)",
                        feed,
                        file.getFileName(),
                        String.join(" or ", REQUIRED.get(slot)),
                        Snippet.of(String.join(",", header))));
            }
        }
        positions[TYPE] = first(byName, List.of(TYPECODE));
        return positions;
    }

    /** Reads only the header of each file and checks it. */
    static void checkAll(String feed, List<Path> files) {
        for (Path file : files) {
            try (CSVParser parser = CsvFiles.open(file)) {
                positions(feed, file, parser.getHeaderNames());
            } catch (IOException e) {
                throw ReadFailure.of(feed, file, e);
            }
        }
    }

    private static int first(Map<String, Integer> byName, List<String> names) {
        for (String name : names) {
            Integer position = byName.get(name);
            if (position != null) {
                return position;
            }
        }
        return -1;
    }
}
