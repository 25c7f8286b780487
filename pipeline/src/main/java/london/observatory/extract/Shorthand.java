package london.observatory.extract;

/**
 * The Government Statistical Service's shorthand for spreadsheet cells that hold no number or a number to treat
 * with care: {@code [c]} confidential (withheld by the source or by disclosure control), {@code [x]} not available
 * (a value that cannot be given: a rate without its parts, a score never added up, a sum missing an area), and
 * {@code [u]} low reliability (an estimate). GSS guidance keeps shorthand out of a cell that holds a number, so
 * {@code [u]} goes in the flag column beside the value.
 */
final class Shorthand {

    static final String CONFIDENTIAL = "[c]";
    static final String NOT_AVAILABLE = "[x]";
    static final String LOW_RELIABILITY = "[u]";

    private Shorthand() {}

    /** What the value cell shows when the row has no value. */
    static String forMissingValue(String flag) {
        return "suppressed".equals(flag) ? CONFIDENTIAL : NOT_AVAILABLE;
    }

    /** What the flag cell shows: the flag, with {@code [u]} before an estimate's; null for none. */
    static String flagCell(String flag) {
        return "estimated".equals(flag) ? LOW_RELIABILITY + " " + flag : flag;
    }
}
