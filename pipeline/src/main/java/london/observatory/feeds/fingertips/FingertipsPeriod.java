package london.observatory.feeds.fingertips;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Fingertips {@code Time period} as a period start and type:
 * <ul>
 *   <li>{@code 2022}: calendar year, type {@code year}, starting 1 January 2022;</li>
 *   <li>{@code 2022/23}: financial year, type {@code financial-year}, starting 1 April 2022;</li>
 *   <li>{@code 2020 - 22}: three calendar years pooled, type {@code 3-year}, starting 1 January 2020
 *       (five pooled years {@code 2016 - 20} are {@code 5-year});</li>
 *   <li>{@code 2016/17 - 20/21}: financial years pooled (MSOA Local Health style), type
 *       {@code 5-financial-year}, starting 1 April 2016.</li>
 * </ul>
 * Anything else (quarters, months) is not a period this feed understands: {@link #parse} says so, and
 * the row goes to quarantine rather than being guessed at.
 *
 * @param text  the text as published
 * @param start the first day of the period
 * @param type  {@code year}, {@code financial-year}, {@code <n>-year} or {@code <n>-financial-year}
 */
public record FingertipsPeriod(String text, LocalDate start, String type) {

    public static final String YEAR = "year";
    public static final String FINANCIAL_YEAR = "financial-year";

    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})");
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern POOLED = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{2}|\\d{4})");
    private static final Pattern POOLED_FINANCIAL = Pattern.compile("(\\d{4})/(\\d{2})\\s*-\\s*(\\d{2})/(\\d{2})");
    private static final int MAX_POOLED_YEARS = 20;

    /**
     * Reads one {@code Time period}.
     *
     * @throws IllegalArgumentException with a one-line reason fit for a quarantine file
     */
    public static FingertipsPeriod parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m;
        if ((m = CALENDAR.matcher(s)).matches()) {
            return new FingertipsPeriod(s, LocalDate.of(year(m, 1), Month.JANUARY, 1), YEAR);
        }
        if ((m = FINANCIAL.matcher(s)).matches()) {
            int first = year(m, 1);
            requireFollows(s, first, m.group(2));
            return new FingertipsPeriod(s, LocalDate.of(first, Month.APRIL, 1), FINANCIAL_YEAR);
        }
        if ((m = POOLED.matcher(s)).matches()) {
            int first = year(m, 1);
            int years = pooledYears(s, first, m.group(2));
            return new FingertipsPeriod(s, LocalDate.of(first, Month.JANUARY, 1), years + "-" + YEAR);
        }
        if ((m = POOLED_FINANCIAL.matcher(s)).matches()) {
            int first = year(m, 1);
            requireFollows(s, first, m.group(2));
            int years = pooledYears(s, first, m.group(3));
            requireFollows(s, first + years - 1, m.group(4));
            return new FingertipsPeriod(s, LocalDate.of(first, Month.APRIL, 1), years + "-" + FINANCIAL_YEAR);
        }
        throw new IllegalArgumentException("Time period '" + s + "' is not a year (2022), a financial year (2022/23)"
                + " or pooled years (2020 - 22, 2016/17 - 20/21)");
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** {@code yy} must be the two-digit year after {@code year} (2022/23, 1999/00). */
    private static void requireFollows(String text, int year, String yy) {
        if (Integer.parseInt(yy) != (year + 1) % 100) {
            throw new IllegalArgumentException("Time period '" + text + "' is not a financial year: "
                    + yy + " does not follow " + year);
        }
    }

    /** Years from {@code first} to the end year written as {@code yy} or {@code yyyy}, inclusive. */
    private static int pooledYears(String text, int first, String end) {
        int last = end.length() == 4 ? Integer.parseInt(end) : first - first % 100 + Integer.parseInt(end);
        if (end.length() == 2 && last < first) {
            last += 100;
        }
        int years = last - first + 1;
        if (years < 2 || years > MAX_POOLED_YEARS) {
            throw new IllegalArgumentException("Time period '" + text + "' is not a span of pooled years: "
                    + first + " to " + last);
        }
        return years;
    }
}
