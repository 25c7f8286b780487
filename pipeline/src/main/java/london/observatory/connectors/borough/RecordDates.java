package london.observatory.connectors.borough;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The month a record falls in, from a date written in any of the feed's formats ({@code 05/03/2024},
 * {@code 2024-03-05}); a time after the date ({@code 05/03/2024 00:00}, {@code 2024-03-05T10:15:00}),
 * as spreadsheet exports add, is ignored. Dates are checked strictly: 31/02/2024 is not a date.
 */
final class RecordDates {

    private static final Pattern TIME = Pattern.compile("[ T]\\d{1,2}:\\d{2}.*$");

    private final List<DateTimeFormatter> formats;

    RecordDates(List<String> patterns) {
        // 'uuuu', not 'yyyy': strict resolution needs a proleptic year, not a year of an era
        this.formats = patterns.stream()
                .map(p -> DateTimeFormatter.ofPattern(p.replace('y', 'u'), Locale.UK)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
    }

    /** The first day of the record's month, or null when the text is no date in any of the formats. */
    LocalDate month(String text) {
        if (text == null) {
            return null;
        }
        String date = TIME.matcher(text.strip()).replaceFirst("");
        for (DateTimeFormatter format : formats) {
            try {
                return LocalDate.parse(date, format).withDayOfMonth(1);
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        return null;
    }
}
