package london.observatory.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a feed's source table becomes observations, held in the descriptor so a new feed in a known
 * format is a descriptor, not code: which column holds the area (and at what level), the period, which
 * rows are data at all, and where each indicator's value comes from.
 *
 * @param area       the area column and its level
 * @param period     the period column (or a fixed period) and how to read it
 * @param keep       rows are data only when each named column holds one of the listed values (e.g.
 *                   Fingertips {@code Category Type} blank); other rows are set aside and counted
 * @param skip       rows are set aside when any named column holds one of the listed values (totals)
 * @param indicators indicator id → its columns; every indicator of the feed must appear
 */
public record TableMapping(
        AreaColumn area,
        PeriodColumn period,
        Map<String, List<String>> keep,
        Map<String, List<String>> skip,
        Map<String, IndicatorColumns> indicators) {

    public TableMapping {
        keep = keep == null ? Map.of() : new LinkedHashMap<>(keep);
        skip = skip == null ? Map.of() : new LinkedHashMap<>(skip);
        indicators = indicators == null ? Map.of() : new LinkedHashMap<>(indicators);
    }

    /**
     * The area: a code column at one fixed {@code level} ({@code lsoa21}, {@code lsoa11}, {@code msoa21},
     * {@code ward}, {@code lad}, {@code region}, {@code gp-practice}), or a {@code levelColumn} whose
     * values map to levels through {@code levels} (a value mapped to {@code skip}, or not listed, is a row
     * set aside: England and region rows alongside borough rows).
     */
    public record AreaColumn(String column, String level, String levelColumn, Map<String, String> levels) {
        public AreaColumn {
            levels = levels == null ? Map.of() : Map.copyOf(levels);
        }

        /** Every level the rows can be in: the fixed level, or the levels the level column maps to. */
        public Set<String> sourceLevels() {
            Set<String> all = new LinkedHashSet<>(levels.values());
            all.remove("skip");
            if (level != null) {
                all.add(level);
            }
            return all;
        }
    }

    /**
     * The period: a {@code column} read with {@code format} ({@code yyyy}, {@code yyyy-MM}, {@code yyyyMM},
     * {@code MMMM yyyy}, {@code yyyy/yy} financial years, {@code MMM-MMM yyyy} quarters, {@code fingertips},
     * or a date pattern such as {@code dd/MM/yyyy}, or a month pattern such as {@code MMM-yy}), or with
     * {@code formats}, several of these tried in order (one column written two ways, {@code Jan-16} and
     * {@code December 2017}); or a {@code fixed} ISO date for single-period files (a census). {@code type}
     * is the stored period type (month, year, financial-year, census, ...); {@code fingertips} decides it
     * per row.
     */
    public record PeriodColumn(String column, String format, List<String> formats, String type, String fixed) {
        public PeriodColumn {
            formats = formats == null ? null : List.copyOf(formats);
        }

        /** The formats a cell is tried in, in order: {@code formats}, or else the one {@code format}. */
        public List<String> allFormats() {
            if (formats != null && !formats.isEmpty()) {
                return formats;
            }
            return format == null ? List.of() : List.of(format);
        }
    }

    /**
     * One indicator's columns. The published value is {@code value}; with no {@code value}, the
     * {@code numerator} columns are summed, and divided by {@code denominator} times the indicator's
     * scale when a denominator is named. {@code where} picks the indicator's rows in a long table
     * (column → accepted values). {@code note} is a column whose text explains a missing value.
     */
    public record IndicatorColumns(
            String value,
            List<String> numerator,
            String denominator,
            String ciLower,
            String ciUpper,
            String note,
            Map<String, List<String>> where) {
        public IndicatorColumns {
            numerator = numerator == null ? List.of() : List.copyOf(numerator);
            where = where == null ? Map.of() : new LinkedHashMap<>(where);
        }
    }

    /** Every column the mapping reads, in first-use order: the header check requires them all. */
    public List<String> requiredColumns() {
        Set<String> columns = new LinkedHashSet<>();
        addIf(columns, area.column());
        addIf(columns, area.levelColumn());
        if (period != null) {
            addIf(columns, period.column());
        }
        columns.addAll(keep.keySet());
        columns.addAll(skip.keySet());
        for (IndicatorColumns c : indicators.values()) {
            addIf(columns, c.value());
            columns.addAll(c.numerator());
            addIf(columns, c.denominator());
            addIf(columns, c.ciLower());
            addIf(columns, c.ciUpper());
            addIf(columns, c.note());
            columns.addAll(c.where().keySet());
        }
        return new ArrayList<>(columns);
    }

    private static void addIf(Set<String> columns, String column) {
        if (column != null && !column.isBlank()) {
            columns.add(column);
        }
    }
}
