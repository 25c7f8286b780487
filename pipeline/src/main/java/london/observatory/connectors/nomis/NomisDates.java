package london.observatory.connectors.nomis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import london.observatory.period.Period;

/**
 * A Nomis date as the API writes it: {@code DATE} is {@code 2024-06} for a month or {@code 2021} for a
 * census year; {@code DATE_NAME} is a label, {@code June 2024}, and files saved from Nomis by hand carry
 * {@code Jun 2024} or {@code Jun-24}. Each text is parsed once (a feed has a handful of dates over
 * millions of rows). One per worker thread.
 */
final class NomisDates {

    // English, not UK: the UK locale abbreviates September as "Sept", Nomis as "Sep".
    private static final DateTimeFormatter FULL = pattern("MMMM uuuu");
    private static final DateTimeFormatter SHORT = pattern("MMM uuuu");
    private static final DateTimeFormatter SHORT_TWO_DIGITS = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter NUMERIC = pattern("uuuu-MM");

    private final Map<String, Period> seen = new HashMap<>();

    /** The period, or null when the text is not a Nomis month or year. */
    Period parse(String text) {
        Period cached = seen.get(text);
        if (cached == null && !seen.containsKey(text)) {
            cached = read(text.strip());
            seen.put(text, cached);
        }
        return cached;
    }

    private static Period read(String s) {
        if (s.matches("\\d{4}")) {
            return new Period(LocalDate.of(Integer.parseInt(s), 1, 1), "year");
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return month(s, NUMERIC);
        }
        if (s.matches("[A-Za-z]{3}-\\d{2}")) {
            return month(s, SHORT_TWO_DIGITS);
        }
        Period full = month(s, FULL);
        return full != null ? full : month(s, SHORT);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    private static Period month(String s, DateTimeFormatter format) {
        try {
            return new Period(YearMonth.parse(s, format).atDay(1), "month");
        } catch (DateTimeException e) {
            return null;
        }
    }
}
