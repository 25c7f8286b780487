package london.observatory.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days from {@code first} to {@code last}, both included: what a period a person writes covers ({@code 2024},
 * {@code 2024-06}, {@code 2024-Q2}, {@code 2024-06-30}), or a range of them. A period is in a span when it starts in
 * it, so {@code 2024} holds 2024's months, quarters and the year itself. One reading for every command that takes
 * periods (an extract's {@code --from}/{@code --to}, a backfill's).
 */
public record PeriodSpan(LocalDate first, LocalDate last) {

    /** The forms {@link #written} reads, for the line that refuses any other. */
    public static final String FORMS = "YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD (2024, 2024-06, 2024-Q2, 2024-06-30)";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The days the period written as {@code text} covers; empty when it is none of {@link #FORMS}. */
    public static Optional<PeriodSpan> written(String text) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new PeriodSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new PeriodSpan(month.atDay(1), month.atEndOfMonth()));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
                return Optional.of(
                        new PeriodSpan(start.atDay(1), start.plusMonths(2).atEndOfMonth()));
            }
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of(new PeriodSpan(day, day));
            }
        } catch (DateTimeException e) {
            // a month 13 or a 30 February: no period
        }
        return Optional.empty();
    }

    /** From this span's first day to the last day of {@code later}. */
    public PeriodSpan through(PeriodSpan later) {
        return new PeriodSpan(first, later.last);
    }

    /** Whether a period starting on {@code start} is in this span. */
    public boolean contains(LocalDate start) {
        return !start.isBefore(first) && !start.isAfter(last);
    }

    public boolean isInverted() {
        return first.isAfter(last);
    }

    /** {@code 2024-01-01..2024-12-31}. */
    @Override
    public String toString() {
        return first + ".." + last;
    }
}
