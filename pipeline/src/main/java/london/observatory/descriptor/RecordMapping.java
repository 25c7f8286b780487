package london.observatory.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a record-level file (a borough's case list: one row per applicant, placement or account) is read.
 * Only the columns named here are ever kept: every other column of the file, which is where names,
 * addresses and reference numbers live, is dropped as the file lands and never reaches disk.
 *
 * @param columns     kept column → the header names it goes by in different boroughs' files (matched
 *                    ignoring case, spaces and punctuation). {@code date} is required, and one way to
 *                    place a record: {@code postcode}, or {@code easting} + {@code northing} (British
 *                    National Grid), or {@code latitude} + {@code longitude} (WGS84). Any other kept
 *                    column is there for {@code where}.
 * @param dateFormats patterns the date column may be written in, tried in order ({@code dd/MM/yyyy},
 *                    {@code yyyy-MM-dd}); a time of day after the date is ignored
 * @param where       records are counted only when each named kept column holds one of the listed values
 */
public record RecordMapping(
        Map<String, List<String>> columns, List<String> dateFormats, Map<String, List<String>> where) {

    public static final String DATE = "date";
    public static final String POSTCODE = "postcode";
    public static final String EASTING = "easting";
    public static final String NORTHING = "northing";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    /** The first column of a landed record file: the line the record starts on in the file as delivered. */
    public static final String SOURCE_LINE = "source_line";
    /**
     * The record's disclosure key (0-255), an HMAC of the whole delivered record under the operator's secret,
     * written as the file lands; the record's identity itself is never kept.
     */
    public static final String RECORD_KEY = "record_key";

    /** How records are placed on the spine. */
    public enum PlaceBy {
        POSTCODE,
        BRITISH_NATIONAL_GRID,
        LATITUDE_LONGITUDE
    }

    public RecordMapping {
        columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
        dateFormats = dateFormats == null || dateFormats.isEmpty()
                ? List.of("dd/MM/yyyy", "yyyy-MM-dd")
                : List.copyOf(dateFormats);
        where = where == null ? Map.of() : new LinkedHashMap<>(where);
        if (!columns.containsKey(DATE)) {
            throw new IllegalArgumentException("a record mapping needs a '" + DATE + "' column");
        }
        placeBy(columns);
        for (String column : where.keySet()) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException("'where' names " + column + ", which is not a kept column");
            }
        }
    }

    public PlaceBy placeBy() {
        return placeBy(columns);
    }

    /** The header of a landed record file: the source line, the record key, then the kept columns. */
    public List<String> landedColumns() {
        List<String> landed = new ArrayList<>();
        landed.add(SOURCE_LINE);
        landed.add(RECORD_KEY);
        landed.addAll(columns.keySet());
        return landed;
    }

    private static PlaceBy placeBy(Map<String, List<String>> columns) {
        if (columns.containsKey(POSTCODE)) {
            return PlaceBy.POSTCODE;
        }
        if (columns.containsKey(EASTING) && columns.containsKey(NORTHING)) {
            return PlaceBy.BRITISH_NATIONAL_GRID;
        }
        if (columns.containsKey(LATITUDE) && columns.containsKey(LONGITUDE)) {
            return PlaceBy.LATITUDE_LONGITUDE;
        }
        throw new IllegalArgumentException("a record mapping needs a '" + POSTCODE + "' column, or '" + EASTING
                + "' and '" + NORTHING + "', or '" + LATITUDE + "' and '" + LONGITUDE + "'");
    }
}
