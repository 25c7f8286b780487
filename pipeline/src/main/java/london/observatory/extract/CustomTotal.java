package london.observatory.extract;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The total row of a list extract, one per indicator and period: the listed areas taken together as one custom
 * area. Fed every row as it streams past; holds one running sum per indicator and period (bounded by the
 * catalogue, not by the areas), and writes the totals after the areas' rows.
 *
 * <ul>
 *   <li>counts are summed; a sum over a withheld value is withheld ({@code suppressed}), and a sum missing an area
 *       (no row for it) is {@code incomplete}: neither is published as if complete;
 *   <li>rates and percentages are recomputed as Σ numerator ÷ Σ denominator × scale when every area has both,
 *       else left empty and flagged {@code not-additive} (never summed, never averaged);
 *   <li>scores, ranks and deciles are never added up: empty, {@code not-additive};
 *   <li>flags carry upward as in {@code observation_rollups}: a perturbed part (the open database's protected
 *       counts) makes the total {@code perturbed}, else an estimated one {@code estimated}, else an apportioned one
 *       {@code apportioned}.
 * </ul>
 */
final class CustomTotal {

    private final AreaInfo area;
    private final int areaCount;
    private final Map<Key, Sum> sums = new TreeMap<>();

    CustomTotal(int areaCount) {
        this.area = AreaInfo.customTotal(areaCount);
        this.areaCount = areaCount;
    }

    void add(ExtractRow row) {
        sums.computeIfAbsent(new Key(row.indicator.id(), row.periodOrder), k -> new Sum(row.indicator, row.period))
                .add(row);
    }

    /** Writes one total row per indicator and period, in indicator and period order. */
    void writeTo(RowSink sink) throws IOException {
        ExtractRow row = new ExtractRow();
        row.area = area;
        row.method = Vocabularies.CUSTOM_TOTAL;
        for (Map.Entry<Key, Sum> entry : sums.entrySet()) {
            entry.getValue().fill(row, areaCount);
            sink.write(row);
        }
    }

    /** In the order the query writes an area's rows: indicator, then period. */
    private record Key(String indicator, long periodOrder) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byIndicator = indicator.compareTo(other.indicator);
            return byIndicator != 0 ? byIndicator : Long.compare(periodOrder, other.periodOrder);
        }
    }

    private static final class Sum {
        private final IndicatorInfo indicator;
        private final String period;
        private int rows;
        private int withheld;
        private int withoutParts;
        private double value;
        private double numerator;
        private double denominator;
        private boolean perturbed;
        private boolean estimated;
        private boolean apportioned;

        Sum(IndicatorInfo indicator, String period) {
            this.indicator = indicator;
            this.period = period;
        }

        void add(ExtractRow row) {
            rows++;
            if (!row.hasValue || "suppressed".equals(row.flag)) {
                withheld++;
            } else {
                value += row.value;
            }
            if (row.hasParts) {
                numerator += row.numerator;
                denominator += row.denominator;
            } else {
                withoutParts++;
            }
            perturbed |= "perturbed".equals(row.flag);
            estimated |= "estimated".equals(row.flag);
            apportioned |= "apportioned".equals(row.flag);
        }

        void fill(ExtractRow row, int areaCount) {
            row.indicator = indicator;
            row.period = period;
            row.hasParts = false;
            row.hasValue = false;
            if (!indicator.isCount() && !indicator.isRatio()) {
                row.flag = "not-additive";
            } else if (withheld > 0) {
                row.flag = "suppressed";
            } else if (rows < areaCount) {
                row.flag = "incomplete";
            } else if (indicator.isCount()) {
                set(row, value);
            } else if (withoutParts == 0 && denominator != 0) {
                set(row, numerator / denominator * indicator.scaleOrOne());
            } else {
                row.flag = "not-additive";
            }
        }

        private void set(ExtractRow row, double total) {
            row.hasValue = true;
            row.value = total;
            row.flag = perturbed ? "perturbed" : estimated ? "estimated" : apportioned ? "apportioned" : null;
        }
    }
}
