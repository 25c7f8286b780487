package london.observatory.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods an extract keeps: those starting on or after the first day of {@code from} and on or before the
 * last day of {@code to}. So {@code --from 2024 --to 2024} keeps 2024's months, quarters and the year itself.
 * Either bound may be open.
 */
record PeriodRange(LocalDate first, LocalDate last, String from, String to) {

    /** The widest dates DuckDB and every period the pipeline writes fit in: an open bound. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static PeriodRange parse(String from, String to) {
        String fromText = blankToNull(from);
        String toText = blankToNull(to);
        LocalDate first = fromText == null ? EARLIEST : bounds(fromText)[0];
        LocalDate last = toText == null ? LATEST : bounds(toText)[1];
        if (first.isAfter(last)) {
            throw new ExtractRequestException("period range inverted: from " + ExtractRequestException.quote(fromText)
                    + " starts after to " + ExtractRequestException.quote(toText) + " ends");
        }
        return new PeriodRange(first, last, fromText, toText);
    }

    /** First and last day of the period a user wrote. */
    private static LocalDate[] bounds(String text) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
                return new LocalDate[] {start.atDay(1), start.plusMonths(2).atEndOfMonth()};
            }
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return new LocalDate[] {day, day};
            }
        } catch (DateTimeException e) {
            // a month 13 or a 30 February: malformed, below
        }
        throw new ExtractRequestException("malformed period " + ExtractRequestException.quote(text)
                + ": write YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD (2024, 2024-06, 2024-Q2, 2024-06-30)");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
