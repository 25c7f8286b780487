package london.observatory.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A {@code Retry-After} header (RFC 9110 §10.2.3): either delay-seconds ({@code 120}) or an HTTP-date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}), turned into how long to wait from {@code now}. A date already
 * past means "now" (zero). Anything else is unreadable: the caller falls back to its own backoff. The
 * {@link RetryPolicy} caps whatever the server asks for.
 */
public final class RetryAfter {

    private RetryAfter() {}

    /** The wait the header asks for, or null when there is no header or it cannot be read. */
    public static Duration parse(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
