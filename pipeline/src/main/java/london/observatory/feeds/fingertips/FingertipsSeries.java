package london.observatory.feeds.fingertips;

import static london.observatory.feeds.fingertips.FingertipsColumn.*;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import london.observatory.source.Cell;
import london.observatory.source.SourceRow;

/**
 * Reads the headline series out of a {@link FingertipsCsv}: rows of the selected indicator and area
 * types with a blank {@code Category Type}. Every other row is accounted for:
 * <ul>
 *   <li>set aside and counted by {@link SetAside} reason: England, regions and parents (the export
 *       carries them beside the child areas), inequality breakdowns, other indicators, sexes or ages.
 *       These are what the provider sends, not errors;</li>
 *   <li>a bad row (short row, unknown {@code Time period}, a number that is not one, blank
 *       {@code Area Code}) goes to {@link BadRows} with its line and one-line reason.</li>
 * </ul>
 * So {@code rowsRead = headlineRows + badRows + setAside total}. A blank {@code Value} is null, never 0;
 * with the note "Value suppressed…" it is flagged suppressed.
 */
public final class FingertipsSeries {

    /** Why a row is not part of the headline series (and is not an error). */
    public enum SetAside { OTHER_INDICATOR, INEQUALITY_BREAKDOWN, ENGLAND, OTHER_AREA_TYPE, OTHER_SEX_OR_AGE }

    /** Where bad rows go; {@code Quarantine::add} fits. */
    @FunctionalInterface
    public interface BadRows {
        void add(String file, long line, String reason, String raw);
    }

    static final String ENGLAND_CODE = "E92000001";
    private static final String SUPPRESSED_NOTE = "value suppressed";

    private final FingertipsCsv csv;
    private final FingertipsSelection selection;
    private final BadRows badRows;
    private final int width;
    private final Map<SetAside, Long> setAside = new EnumMap<>(SetAside.class);
    private final Map<String, Object> periods = new HashMap<>();
    private long rowsRead;
    private long headlineRows;
    private long badRowCount;

    public FingertipsSeries(FingertipsCsv csv, FingertipsSelection selection, BadRows badRows) {
        this.csv = csv;
        this.selection = selection;
        this.badRows = badRows;
        this.width = csv.header().size();
    }

    /** The next headline row, or null at the end of the file. */
    public FingertipsRow next() throws IOException {
        for (SourceRow row = csv.next(); row != null; row = csv.next()) {
            rowsRead++;
            if (row.cells().size() != width) {
                bad(row, "expected " + width + " fields, found " + row.cells().size());
                continue;
            }
            SetAside reason = setAsideReason(row);
            if (reason != null) {
                setAside.merge(reason, 1L, Long::sum);
                continue;
            }
            try {
                FingertipsRow headline = headline(row);
                headlineRows++;
                return headline;
            } catch (IllegalArgumentException e) {
                bad(row, e.getMessage());
            }
        }
        return null;
    }

    private SetAside setAsideReason(SourceRow row) {
        if (!selection.indicatorMatches(get(row, INDICATOR_ID))) {
            return SetAside.OTHER_INDICATOR;
        }
        if (!get(row, CATEGORY_TYPE).isBlank()) {
            return SetAside.INEQUALITY_BREAKDOWN;
        }
        String areaType = get(row, AREA_TYPE);
        if (selection.areaTypeMatches(areaType)) {
            return selection.breakdownMatches(get(row, SEX), get(row, AGE)) ? null : SetAside.OTHER_SEX_OR_AGE;
        }
        boolean england = areaType.strip().equalsIgnoreCase("England") || ENGLAND_CODE.equals(get(row, AREA_CODE).strip());
        return england ? SetAside.ENGLAND : SetAside.OTHER_AREA_TYPE;
    }

    private FingertipsRow headline(SourceRow row) {
        String areaCode = get(row, AREA_CODE).strip();
        if (areaCode.isEmpty()) {
            throw new IllegalArgumentException("Area Code is blank");
        }
        FingertipsPeriod period = period(get(row, TIME_PERIOD));
        Cell value = number(row, VALUE);
        String note = blankToNull(get(row, VALUE_NOTE));
        boolean suppressed = value.value() == null
                && (value.isSuppressed() || note != null && note.toLowerCase(Locale.ROOT).startsWith(SUPPRESSED_NOTE));
        String marker = value.isSuppressed() ? value.marker() : value.value() == null ? note : null;
        return new FingertipsRow(row.file(), row.line(), get(row, INDICATOR_ID).strip(), areaCode,
                get(row, AREA_NAME).strip(), get(row, AREA_TYPE).strip(), blankToNull(get(row, PARENT_CODE)),
                get(row, SEX).strip(), get(row, AGE).strip(), period, value.value(),
                number(row, LOWER_CI_95).value(), number(row, UPPER_CI_95).value(),
                number(row, COUNT).value(), number(row, DENOMINATOR).value(), note, marker, suppressed);
    }

    private FingertipsPeriod period(String text) {
        Object parsed = periods.computeIfAbsent(text, t -> {
            try {
                return FingertipsPeriod.parse(t);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        if (parsed instanceof FingertipsPeriod period) {
            return period;
        }
        throw new IllegalArgumentException((String) parsed);
    }

    private Cell number(SourceRow row, FingertipsColumn column) {
        String text = get(row, column);
        Cell cell = Cell.parse(text);
        if (!cell.valid()) {
            throw new IllegalArgumentException(column.header() + " is not a number: '" + text.strip() + "'");
        }
        return cell;
    }

    private String get(SourceRow row, FingertipsColumn column) {
        String cell = row.cell(csv.position(column));
        return cell == null ? "" : cell;
    }

    private static String blankToNull(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    private void bad(SourceRow row, String reason) {
        badRowCount++;
        badRows.add(row.file(), row.line(), reason, row.raw());
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long headlineRows() {
        return headlineRows;
    }

    public long badRows() {
        return badRowCount;
    }

    /** Rows set aside for {@code reason} so far. */
    public long setAside(SetAside reason) {
        return setAside.getOrDefault(reason, 0L);
    }

    /** Rows set aside so far, by reason (reasons with none left out). */
    public Map<SetAside, Long> setAside() {
        return Collections.unmodifiableMap(new EnumMap<>(setAside));
    }
}
