package london.observatory.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.descriptor.TableMapping.PeriodColumn;

/**
 * Reads a period as a source writes it, by the descriptor's {@code format} or, when a column is written
 * more than one way, by its {@code formats} tried in order. Returns null for text no format fits (a bad
 * row; {@link #problem} says why). Results are cached: a table repeats a handful of periods many times.
 * Not thread safe; one per worker.
 */
public final class PeriodParser {

    static final String FINANCIAL_YEAR = "financial-year";
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("([A-Z][a-z]{2})t?-([A-Z][a-z]{2})t? (\\d{4})");
    /**
     * Month abbreviations as UK government tables write them ({@code Sep}). Not {@code Locale.UK}: its CLDR
     * data abbreviates September as {@code Sept} on current JDKs, so "Jul-Sep 2024" would not parse.
     */
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private static final Pattern POOLED = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{2})");
    private static final Pattern POOLED_FINANCIAL = Pattern.compile("(\\d{4})/(\\d{2})\\s*-\\s*(\\d{2})/(\\d{2})");

    private final PeriodColumn column;
    private final Period fixed;
    private final List<String> formats;
    private final Map<String, DateTimeFormatter> patterns = new HashMap<>();
    private final Map<String, Period> cache = new HashMap<>();

    public PeriodParser(PeriodColumn column) {
        this.column = column;
        this.fixed = column.fixed() == null ? null : new Period(LocalDate.parse(column.fixed()), column.type());
        this.formats = column.allFormats();
        for (String format : formats) {
            if (!isNamed(format)) {
                patterns.put(format, DateTimeFormatter.ofPattern(format, Locale.ENGLISH));
            }
        }
    }

    private static boolean isNamed(String format) {
        return switch (format) {
            case "yyyy", "yyyy-MM", "yyyyMM", "MMMM yyyy", "yyyy/yy", "fingertips", "MMM-MMM yyyy" -> true;
            default -> false;
        };
    }

    /** The period of a cell, or null if it cannot be read; a fixed period ignores the cell. */
    public Period parse(String text) {
        if (fixed != null) {
            return fixed;
        }
        if (text == null) {
            return null;
        }
        return cache.computeIfAbsent(text.strip(), this::read);
    }

    /** Why {@code text} is no period, naming every format tried: the quarantine's reason for the row. */
    public String problem(String text) {
        String shown = "period \"" + (text == null ? "" : text.strip()) + "\"";
        return formats.size() == 1
                ? shown + " is not in the format " + formats.get(0)
                : shown + " matches none of " + String.join(", ", formats);
    }

    private Period read(String s) {
        for (String format : formats) {
            Period period = read(format, s);
            if (period != null) {
                return period;
            }
        }
        return null;
    }

    private Period read(String format, String s) {
        try {
            return switch (format) {
                case "yyyy" ->
                    s.matches("\\d{4}") ? new Period(LocalDate.of(Integer.parseInt(s), 1, 1), typeOr("year")) : null;
                case "yyyy-MM" -> month(YearMonth.parse(s));
                case "yyyyMM" ->
                    s.matches("\\d{6}")
                            ? month(YearMonth.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10)))
                            : null;
                case "MMMM yyyy" -> month(YearMonth.parse(s, DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
                case "yyyy/yy" -> financialYear(s);
                case "fingertips" -> fingertips(s);
                case "MMM-MMM yyyy" -> quarter(s);
                default -> pattern(patterns.get(format), s);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A date pattern, or a month pattern with no day in it ({@code MMM-yy}: {@code Jan-16}). Such a pattern
     * can never give a whole date, so it is read as the month it names rather than refused for every cell.
     */
    private Period pattern(DateTimeFormatter pattern, String s) {
        TemporalAccessor parsed = pattern.parseBest(s, LocalDate::from, YearMonth::from);
        if (parsed instanceof YearMonth month) {
            return month(month);
        }
        LocalDate date = (LocalDate) parsed;
        return "month".equals(column.type()) ? month(YearMonth.from(date)) : new Period(date, typeOr("day"));
    }

    private Period month(YearMonth month) {
        return new Period(month.atDay(1), "month");
    }

    private String typeOr(String fallback) {
        return column.type() == null ? fallback : column.type();
    }

    /** {@code Jan-Mar 2024} (or {@code Jul-Sept 2024}): a calendar quarter (MHCLG homelessness returns), from its first month. */
    private static Period quarter(String s) {
        Matcher m = QUARTER.matcher(s);
        if (!m.matches()) {
            return null;
        }
        YearMonth first = YearMonth.parse(m.group(1) + " " + m.group(3), SHORT_MONTH);
        YearMonth last = YearMonth.parse(m.group(2) + " " + m.group(3), SHORT_MONTH);
        boolean isQuarter = first.getMonthValue() % 3 == 1 && last.equals(first.plusMonths(2));
        return isQuarter ? new Period(first.atDay(1), "quarter") : null;
    }

    /** {@code 2022/23}: the year from 1 April 2022; the second part must be the next year. */
    private static Period financialYear(String s) {
        Matcher m = FINANCIAL.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        return follows(start, m.group(2)) ? new Period(LocalDate.of(start, 4, 1), FINANCIAL_YEAR) : null;
    }

    /**
     * Fingertips writes {@code 2022} (calendar year), {@code 2022/23} (financial year), {@code 2020 - 22}
     * (three calendar years pooled, type {@code 3-year} from 1 January of the first) or
     * {@code 2016/17 - 20/21} (five financial years pooled, type {@code 5-financial-year} from 1 April).
     */
    private static Period fingertips(String s) {
        if (s.matches("\\d{4}")) {
            return new Period(LocalDate.of(Integer.parseInt(s), 1, 1), "year");
        }
        Matcher pooled = POOLED.matcher(s);
        if (pooled.matches()) {
            int from = Integer.parseInt(pooled.group(1));
            int years = pooledYears(from, pooled.group(2));
            return years > 1 ? new Period(LocalDate.of(from, 1, 1), years + "-year") : null;
        }
        Matcher financial = POOLED_FINANCIAL.matcher(s);
        if (financial.matches()) {
            int from = Integer.parseInt(financial.group(1));
            int years = pooledYears(from, financial.group(3));
            boolean consistent = follows(from, financial.group(2)) && follows(from + years - 1, financial.group(4));
            return consistent && years > 1 ? new Period(LocalDate.of(from, 4, 1), years + "-" + FINANCIAL_YEAR) : null;
        }
        return financialYear(s);
    }

    /** Years from {@code from} to the year whose last two digits are {@code yy}, inclusive. */
    private static int pooledYears(int from, String yy) {
        return (Integer.parseInt(yy) - from % 100 + 100) % 100 + 1;
    }

    private static boolean follows(int year, String yy) {
        return (year + 1) % 100 == Integer.parseInt(yy);
    }
}
