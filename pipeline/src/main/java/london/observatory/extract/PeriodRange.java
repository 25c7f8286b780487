package london.observatory.extract;

import java.time.LocalDate;
import london.observatory.period.PeriodSpan;

/**
 * The periods an extract keeps: those starting on or after the first day of {@code from} and on or before the
 * last day of {@code to}. So {@code --from 2024 --to 2024} keeps 2024's months, quarters and the year itself.
 * Either bound may be open.
 */
record PeriodRange(LocalDate first, LocalDate last, String from, String to) {

    /** The widest dates DuckDB and every period the pipeline writes fit in: an open bound. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    static PeriodRange parse(String from, String to) {
        String fromText = blankToNull(from);
        String toText = blankToNull(to);
        LocalDate first = fromText == null ? EARLIEST : bounds(fromText).first();
        LocalDate last = toText == null ? LATEST : bounds(toText).last();
        if (first.isAfter(last)) {
            throw new ExtractRequestException("period range inverted: from " + ExtractRequestException.quote(fromText)
                    + " starts after to " + ExtractRequestException.quote(toText) + " ends");
        }
        return new PeriodRange(first, last, fromText, toText);
    }

    /** First and last day of the period a user wrote. */
    private static PeriodSpan bounds(String text) {
        return PeriodSpan.written(text)
                .orElseThrow(() -> new ExtractRequestException(
                        "malformed period " + ExtractRequestException.quote(text) + ": write " + PeriodSpan.FORMS));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
