package london.observatory.jobs.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of one feed's progress, e.g. {@code camden-housing-register  ingesting  12,345 rows  4,100 rows/s
 * 1.2 MB fetched  00:03}: the same words in the live line and in the log. Rows appear once they are being read,
 * bytes once the fetch has begun (a publish fetches nothing).
 */
final class ProgressLine {

    private static final String GAP = "  ";
    private static final String CUT = "...";
    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private ProgressLine() {}

    static String of(ProgressState state) {
        return state.name() + GAP + details(state, true);
    }

    /**
     * At most {@code width} characters. A line longer than the terminal wraps, and a carriage return cannot
     * rewrite a wrapped line. What gives way, in turn: the bytes fetched once the fetch is over, the end of the
     * feed's name, the end of the line.
     */
    static String fitted(ProgressState state, int width) {
        String name = state.name();
        String details = GAP + details(state, true);
        if (name.length() + details.length() > width && state.phase() != Phase.FETCHING) {
            details = GAP + details(state, false);
        }
        int room = width - details.length();
        if (name.length() > room) {
            name = room > CUT.length() ? name.substring(0, room - CUT.length()) + CUT : "";
        }
        String line = name + details;
        return line.length() > width ? line.substring(0, width) : line;
    }

    private static String details(ProgressState state, boolean withBytes) {
        List<String> parts = new ArrayList<>();
        parts.add(state.phase().label());
        if (state.rows() != null) {
            parts.add(String.format(Locale.ROOT, "%,d rows", state.rows().read()));
            parts.add(String.format(Locale.ROOT, "%,d rows/s", state.rows().perSecond()));
        }
        if (withBytes && (state.bytesFetched() > 0 || state.phase() == Phase.FETCHING)) {
            parts.add(bytes(state.bytesFetched()) + " fetched");
        }
        parts.add(elapsed(state.elapsed()));
        return String.join(GAP, parts);
    }

    /** Decimal units, one decimal place: 512 B, 1.2 kB, 34.5 MB. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** {@code mm:ss}, with hours in front from the first hour: {@code 00:03}, {@code 1:02:03}. */
    static String elapsed(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        long hours = seconds / 3600;
        String minutesSeconds = String.format(Locale.ROOT, "%02d:%02d", seconds / 60 % 60, seconds % 60);
        return hours == 0 ? minutesSeconds : hours + ":" + minutesSeconds;
    }
}
