package london.observatory.disclosure;

import java.util.Arrays;

/**
 * For each value the table can publish, the largest perturbation variance among the true counts that can
 * publish it. A cell's band must depend on its published value only (a band worked out from the true
 * count would itself disclose the count), and this is the smallest such bound that never understates a
 * cell's own variance: a published 0 may be a true 0 (no noise) or a 5 (variance 25), so it carries 25.
 */
final class BandVariances {

    /** byPublished[v], for the values a count with a row of its own can publish; NaN where none does. */
    private final double[] byPublished;
    /** Counts above the table's largest all use its last row, so they share its variance. */
    private final double beyondTable;
    /** A value above this can be published by a count above the table's largest. */
    private final long lowestFromBeyondTable;

    private final String tableName;

    BandVariances(PerturbationTable table) {
        int maxCount = table.maxCount();
        int lowest = Integer.MAX_VALUE;
        long highestPublished = 0;
        for (int count = 0; count <= maxCount; count++) {
            for (int key = 0; key < KeyedCount.KEYS; key++) {
                highestPublished = Math.max(highestPublished, table.published(count, key));
            }
        }
        for (int key = 0; key < KeyedCount.KEYS; key++) {
            lowest = Math.min(lowest, table.perturbation(maxCount, key));
        }
        this.byPublished = new double[(int) highestPublished + 1];
        Arrays.fill(byPublished, Double.NaN);
        for (int count = 0; count <= maxCount; count++) {
            double variance = table.variance(count);
            for (int key = 0; key < KeyedCount.KEYS; key++) {
                int v = (int) table.published(count, key);
                byPublished[v] = Double.isNaN(byPublished[v]) ? variance : Math.max(byPublished[v], variance);
            }
        }
        this.beyondTable = table.variance(maxCount);
        this.lowestFromBeyondTable = (long) maxCount + 1 + lowest;
        this.tableName = table.toString();
    }

    /** The band variance of a published value; refuses a value no true count can publish. */
    double of(long published) {
        double fromRows = published < byPublished.length ? byPublished[(int) published] : Double.NaN;
        if (published >= lowestFromBeyondTable) {
            return Double.isNaN(fromRows) ? beyondTable : Math.max(fromRows, beyondTable);
        }
        if (Double.isNaN(fromRows)) {
            throw new IllegalArgumentException("no true count publishes " + published + " under " + tableName);
        }
        return fromRows;
    }
}
