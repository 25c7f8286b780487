package london.observatory.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import london.observatory.descriptor.DataTests;

/**
 * Compares a run's periods of one feed with the last good data of the same periods: a period whose rows or
 * distinct areas fell by more than the feed's {@link DataTests} allow is refused. A period with no last good
 * data (a first run, a new period) has nothing to fall from and passes. A file cut at a row boundary parses
 * cleanly, so only this comparison sees it.
 */
public final class DropTests {

    private DropTests() {}

    /**
     * The one line an operator reads when a period fell too far (the first such period, and how many more did),
     * or empty when every period passes.
     */
    public static Optional<String> judge(
            String feedId,
            DataTests tests,
            Map<String, PeriodCounts> lastGood,
            SortedMap<String, PeriodCounts> staged) {
        if (!tests.testsDrops()) {
            return Optional.empty();
        }
        List<String> fell = new ArrayList<>();
        for (Map.Entry<String, PeriodCounts> period : staged.entrySet()) {
            PeriodCounts before = lastGood.get(period.getKey());
            if (before != null && fellTooFar(before, period.getValue(), tests)) {
                fell.add(period.getKey());
            }
        }
        if (fell.isEmpty()) {
            return Optional.empty();
        }
        String first = fell.get(0);
        PeriodCounts before = lastGood.get(first);
        PeriodCounts after = staged.get(first);
        return Optional.of(String.format(
                Locale.ROOT,
                "%s: period %s fell from %d rows in %d areas (last good) to %d rows in %d areas (rows %s, areas %s),"
                        + " more than its data tests allow (rows %s, areas %s at most; dataTests in its descriptor)"
                        + "%s; the last good data stay",
                feedId,
                first,
                before.rows(),
                before.areas(),
                after.rows(),
                after.areas(),
                change(before.rows(), after.rows()),
                change(before.areas(), after.areas()),
                "-" + percent(tests.maxRowDrop()),
                "-" + percent(tests.maxAreaDrop()),
                fell.size() == 1
                        ? ""
                        : "; " + (fell.size() - 1) + " more period" + (fell.size() == 2 ? "" : "s") + " fell too"));
    }

    static boolean fellTooFar(PeriodCounts before, PeriodCounts after, DataTests tests) {
        return fell(before.rows(), after.rows(), tests.maxRowDrop())
                || fell(before.areas(), after.areas(), tests.maxAreaDrop());
    }

    /** Exactly the allowed share may go; one more row or area than that may not. */
    private static boolean fell(long before, long after, double maxDrop) {
        return before - after > maxDrop * before;
    }

    private static String change(long before, long after) {
        if (before == 0) {
            return after == 0 ? "0%" : "new";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100.0 * (after - before) / before);
    }

    private static String percent(double share) {
        return new BigDecimal(Double.toString(share * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}
