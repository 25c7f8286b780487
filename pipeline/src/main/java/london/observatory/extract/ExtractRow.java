package london.observatory.extract;

/**
 * One row of an extract, reused from row to row (millions of rows, no garbage per row): a sink reads it when
 * handed it and keeps nothing. Without a value ({@link #hasValue} false) the row always has a flag saying why.
 */
final class ExtractRow {

    AreaInfo area;
    IndicatorInfo indicator;
    String period;
    /** Orders periods as the query does (first day, then type), for the total rows. */
    long periodOrder;

    boolean hasValue;
    double value;
    /** Numerator and denominator, read only for a total; {@code hasParts} false when either is missing. */
    boolean hasParts;

    double numerator;
    double denominator;
    String flag;
    String method;

    /** The publisher: the source column of every row. */
    String source() {
        return indicator.publisher();
    }
}
