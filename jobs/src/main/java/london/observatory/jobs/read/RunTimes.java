package london.observatory.jobs.read;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the operations commands print them: UTC, to the minute. */
final class RunTimes {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private RunTimes() {}

    static String minute(Instant time) {
        return time == null ? null : MINUTE.format(time);
    }
}
