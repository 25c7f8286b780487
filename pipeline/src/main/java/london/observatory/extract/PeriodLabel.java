package london.observatory.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A period as an extract writes it, in ISO 8601 and so sortable as text: a month {@code 2024-06}, a calendar year
 * or census year {@code 2021}, a day {@code 2024-06-30}, and any longer span as the interval of its first and
 * last months: a quarter {@code 2024-04/2024-06}, a financial year {@code 2023-04/2024-03}, five pooled financial
 * years {@code 2016-04/2021-03}. Rows arrive as first day × 64 + 1-based position of the type in the database's
 * list of period types; an extract repeats a few periods millions of times, so labels are kept in a small
 * direct-mapped cache (no boxing, no hashing of objects).
 */
final class PeriodLabel {

    private static final int SLOTS = 1024;

    private final List<String> types;
    private final int[] keys = new int[SLOTS];
    private final String[] labels = new String[SLOTS];

    PeriodLabel(List<String> types) {
        this.types = List.copyOf(types);
    }

    String of(int packed) {
        int slot = (packed ^ (packed >>> 10)) & (SLOTS - 1);
        if (labels[slot] == null || keys[slot] != packed) {
            int type = Math.floorMod(packed, 64);
            if (type == 0) {
                throw new IllegalStateException("a period type outside the extract's vocabulary");
            }
            keys[slot] = packed;
            labels[slot] = label(LocalDate.ofEpochDay(Math.floorDiv(packed, 64)), types.get(type - 1));
        }
        return labels[slot];
    }

    static String label(LocalDate start, String type) {
        YearMonth month = YearMonth.from(start);
        int months = months(type);
        return switch (type) {
            case "day" -> start.toString();
            case "month" -> month.toString();
            case "year", "census" -> String.valueOf(start.getYear());
            default -> months > 0 ? month + "/" + month.plusMonths(months - 1) : start + " " + type;
        };
    }

    /** Months a longer period spans: quarter 3, financial-year 12, {@code 3-year} 36, {@code 5-financial-year} 60. */
    static int months(String type) {
        if (type.equals("quarter")) {
            return 3;
        }
        if (type.equals("financial-year")) {
            return 12;
        }
        int dash = type.indexOf('-');
        boolean pooled = dash > 0
                && type.endsWith("year")
                && type.substring(0, dash).chars().allMatch(Character::isDigit);
        return pooled ? 12 * Integer.parseInt(type.substring(0, dash)) : 0;
    }
}
