package london.observatory.disclosure;

import java.util.Arrays;

/**
 * Makes the version-1 design of perturbation table for a threshold T (README.md beside the table file
 * explains it). Each row gives its 256 cell keys perturbations whose sum is exactly 0, so every count is
 * published without bias and noise cancels in sums:
 *
 * <ul>
 *   <li>count 0 publishes 0 (an empty cell has no records and so always cell key 0: it cannot be perturbed
 *       at random, and inventing cases in empty areas would bias every sum upward);
 *   <li>a count c below T publishes 0 or a value at T or just above, with the probabilities that make its
 *       mean exactly c (unbiased random rounding), so no value between 1 and T-1 is ever published and a
 *       published 0 is more often a small count than a true zero;
 *   <li>counts from T + 2 up get noise -2..+2 with weights 1:3:8:3:1 (in 256ths: 16, 48, 128, 48, 16);
 *   <li>T and T + 1 get the same noise but cannot go below T: T + 1 moves its -2s to -1 (and 16 keys more
 *       from 0 to -1 to stay unbiased); T sends the few keys that balance its +1s and +2s to 0.
 * </ul>
 *
 * <p>Run {@code main} to print the table, e.g. {@code java -cp pipeline/target/classes
 * london.observatory.disclosure.PerturbationTableGenerator v1 10}.
 */
public final class PerturbationTableGenerator {

    /** Noise for counts well above the threshold: perturbation -2..+2, in 256ths of the cell keys. */
    static final int[] LARGE_COUNT_NOISE = {16, 48, 128, 48, 16};

    static final int LARGE_COUNT_REACH = 2;

    private PerturbationTableGenerator() {}

    public static PerturbationTable generate(String version, int threshold) {
        if (threshold < 3 || threshold > 255) {
            throw new IllegalArgumentException("this design protects thresholds 3 to 255, not " + threshold
                    + ": below 3, a published 0 would be a true 0 more often than not");
        }
        int[][] rows = new int[threshold + LARGE_COUNT_REACH + 1][];
        rows[0] = new int[KeyedCount.KEYS];
        for (int count = 1; count < threshold; count++) {
            rows[count] = smallCount(count, threshold);
        }
        rows[threshold] = atThreshold(threshold);
        rows[threshold + 1] = justAboveThreshold(threshold);
        rows[threshold + 2] = layOut(new int[] {-2, -1, 0, 1, 2}, LARGE_COUNT_NOISE, threshold + 2);
        return new PerturbationTable(version, threshold, rows);
    }

    /**
     * Unbiased random rounding of a small count to 0 or about T: m = floor(256c / T) keys publish T, and
     * the remainder 256c - mT is spread one unit at a time over them, so the 256 keys sum to exactly 256c.
     */
    private static int[] smallCount(int count, int threshold) {
        int raised = KeyedCount.KEYS * count / threshold;
        int remainder = KeyedCount.KEYS * count - threshold * raised;
        int base = remainder / raised;
        int extra = remainder % raised;
        int[] published = {0, threshold + base, threshold + base + 1};
        int[] keys = {KeyedCount.KEYS - raised, raised - extra, extra};
        int[] perturbations = new int[published.length];
        for (int i = 0; i < published.length; i++) {
            perturbations[i] = published[i] - count;
        }
        return layOut(perturbations, keys, count);
    }

    /**
     * T cannot go down by 1 or 2 (T - 1 would show a small count), so those keys stay at T, and
     * ceil(80 / T) keys go to 0 to balance the +1s and +2s (48 + 2 × 16 = 80); any excess of that
     * rounding moves keys from 0 to +1.
     */
    private static int[] atThreshold(int threshold) {
        int upward = LARGE_COUNT_NOISE[3] + 2 * LARGE_COUNT_NOISE[4];
        int zeroed = (upward + threshold - 1) / threshold;
        int excess = zeroed * threshold - upward;
        int[] keys = {
            zeroed,
            KeyedCount.KEYS - zeroed - (LARGE_COUNT_NOISE[3] + excess) - LARGE_COUNT_NOISE[4],
            LARGE_COUNT_NOISE[3] + excess,
            LARGE_COUNT_NOISE[4]
        };
        return layOut(new int[] {-threshold, 0, 1, 2}, keys, threshold);
    }

    /** T + 1 cannot go down by 2: its -2s become -1s, and 16 more keys go from 0 to -1 to keep the sum 0. */
    private static int[] justAboveThreshold(int threshold) {
        int down = LARGE_COUNT_NOISE[0];
        int[] keys = {
            LARGE_COUNT_NOISE[1] + down + down, LARGE_COUNT_NOISE[2] - down, LARGE_COUNT_NOISE[3], LARGE_COUNT_NOISE[4]
        };
        return layOut(new int[] {-1, 0, 1, 2}, keys, threshold + 1);
    }

    /** Cell keys 0..255 in order, the first keys[0] taking perturbations[0], and so on; checks the row. */
    private static int[] layOut(int[] perturbations, int[] keys, int count) {
        int[] row = new int[KeyedCount.KEYS];
        int from = 0;
        long sum = 0;
        for (int i = 0; i < perturbations.length; i++) {
            Arrays.fill(row, from, from + keys[i], perturbations[i]);
            from += keys[i];
            sum += (long) keys[i] * perturbations[i];
        }
        if (from != KeyedCount.KEYS || sum != 0) {
            throw new IllegalStateException("row of count " + count + " covers " + from + " keys, bias " + sum);
        }
        return row;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PerturbationTableGenerator <version> <threshold>");
            System.exit(64);
        }
        System.out.print(generate(args[0], Integer.parseInt(args[1])).toCsv());
    }
}
