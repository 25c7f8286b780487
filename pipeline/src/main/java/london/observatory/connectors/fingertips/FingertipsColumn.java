package london.observatory.connectors.fingertips;

import java.util.Locale;

/**
 * The columns of a Fingertips {@code all_data/csv} export (OHID's API: 26, or 27 with a trailing
 * {@code Time period range}), in the provider's order. Matched by name, not position. Two are special: the
 * second comparison column is named after the parent area type ({@code Compared to Region value or
 * percentiles}, {@code Compared to Regions (statistical) value or percentiles}, ...), so it is found by its
 * shape; {@code Time period range} is missing from many exports, so it is optional. A header must name the
 * others, but a record may leave trailing ones off (see {@code CsvSourceTable}).
 */
public enum FingertipsColumn {
    INDICATOR_ID("Indicator ID"),
    INDICATOR_NAME("Indicator Name"),
    PARENT_CODE("Parent Code"),
    PARENT_NAME("Parent Name"),
    AREA_CODE("Area Code"),
    AREA_NAME("Area Name"),
    AREA_TYPE("Area Type"),
    SEX("Sex"),
    AGE("Age"),
    CATEGORY_TYPE("Category Type"),
    CATEGORY("Category"),
    TIME_PERIOD("Time period"),
    VALUE("Value"),
    LOWER_CI_95("Lower CI 95.0 limit"),
    UPPER_CI_95("Upper CI 95.0 limit"),
    LOWER_CI_99_8("Lower CI 99.8 limit"),
    UPPER_CI_99_8("Upper CI 99.8 limit"),
    COUNT("Count"),
    DENOMINATOR("Denominator"),
    VALUE_NOTE("Value note"),
    RECENT_TREND("Recent Trend"),
    COMPARED_TO_ENGLAND("Compared to England value or percentiles"),
    /** Named after the parent area type; any {@code Compared to … percentiles} column other than England's. */
    COMPARED_TO_PARENT("Compared to <parent> value or percentiles"),
    TIME_PERIOD_SORTABLE("Time period Sortable"),
    NEW_DATA("New data"),
    COMPARED_TO_GOAL("Compared to goal"),
    /** Absent from older exports. */
    TIME_PERIOD_RANGE("Time period range");

    private static final String COMPARISON_PREFIX = "compared to";
    private static final String COMPARISON_SUFFIX = "percentiles";

    private final String header;

    FingertipsColumn(String header) {
        this.header = header;
    }

    /** The name as the provider writes it ({@link #COMPARED_TO_PARENT}: a description of the pattern). */
    public String header() {
        return header;
    }

    boolean optional() {
        return this == TIME_PERIOD_RANGE;
    }

    /** Whether {@code name} is a {@code Compared to … percentiles} column (England's included). */
    static boolean isComparison(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(COMPARISON_PREFIX) && lower.endsWith(COMPARISON_SUFFIX);
    }
}
