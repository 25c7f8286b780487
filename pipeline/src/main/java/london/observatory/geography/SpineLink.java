package london.observatory.geography;

import java.util.Arrays;

/**
 * How one source area (an LSOA 2011, an output area, a GP practice, an MSOA...) reaches LSOA 2021: its
 * targets, the share of its value each receives, the method that names this placement on every value,
 * and the flag those values carry. Built once when a {@link Crosswalk} is made; a lookup returns this
 * same object, so the hot path allocates nothing. For the same reason {@link #targets()} and
 * {@link #weights()} return the shared arrays: callers read them and must not modify them.
 */
public final class SpineLink {

    /** Unchanged LSOA: the value moves as is. */
    public static final String DIRECT = "direct";
    /** Several 2011 LSOAs became one: the value moves whole, and the target sums its parents. */
    public static final String LSOA11_MERGE = "lsoa11-merge";
    /** Split or irregular LSOA 2011: the value is shared by Census 2021 population. */
    public static final String LSOA11_SPLIT = "lsoa11-split";
    /** A split LSOA 2011's score, rank or decile, given unchanged to each part (those do not share out). */
    public static final String LSOA11_SPLIT_INHERITED = "lsoa11-split-inherited";
    /** Merged LSOA 2011s' score, rank or decile: their population-weighted mean (those do not sum). */
    public static final String LSOA11_MERGE_WEIGHTED = "lsoa11-merge-weighted";
    /** Output areas 2021 nest exactly in LSOAs: the value moves whole, and the LSOA sums its OAs. */
    public static final String OA21_SUM = "oa21-sum";
    /** A GP practice's value shared by where its registered patients live: an estimate. */
    public static final String GP_WEIGHTED = "gp-weighted";
    /** A coarser area's value shared down to its LSOAs by population. */
    public static final String APPORTIONED = "apportioned";

    private final String source;
    private final String[] targets;
    private final double[] weights;
    private final String method;
    private final String flag;
    private final boolean equalShares;
    private final boolean offSpine;
    private int[] fanIns;

    /**
     * @param flag null when the value moves whole (the targets' values are exact), otherwise the flag
     *             every value placed through this link carries
     */
    SpineLink(String source, String[] targets, double[] weights, String method, String flag, boolean equalShares) {
        if (targets.length == 0 || targets.length != weights.length) {
            throw new IllegalArgumentException(
                    source + ": " + targets.length + " targets, " + weights.length + " weights");
        }
        this.source = source;
        this.targets = targets;
        this.weights = weights;
        this.method = method;
        this.flag = flag;
        this.equalShares = equalShares;
        this.offSpine = Arrays.stream(targets).allMatch(Crosswalk.OUTSIDE_SPINE::equals);
    }

    /** A link that moves the whole value to one target. */
    static SpineLink whole(String source, String target, String method) {
        return new SpineLink(source, new String[] {target}, new double[] {1.0}, method, null, false);
    }

    /**
     * A link that shares the value by {@code weights} (any non-negative scale; normalised here). With no
     * weight at all the shares are equal, and {@link #equalShares()} says so for the run log.
     */
    static SpineLink shared(String source, String[] targets, double[] weights, String method, String flag) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(source + ": weight " + w + " is not finite and non-negative");
            }
            sum += w;
        }
        boolean equal = sum == 0;
        double[] normalised = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            normalised[i] = equal ? 1.0 / weights.length : weights[i] / sum;
        }
        return new SpineLink(source, targets, normalised, method, flag, equal);
    }

    /** Set once by {@link Crosswalk} when every link is known: each target's number of sources. */
    void fanIns(int[] parents) {
        fanIns = parents;
    }

    public String source() {
        return source;
    }

    /**
     * How many sources feed target {@code i} (as {@link Crosswalk#fanIn}, without a lookup on the hot
     * path); above 1, contributions must be summed.
     */
    public int fanIn(int i) {
        return fanIns[i];
    }

    /** The LSOA21 targets (shared array, do not modify). */
    public String[] targets() {
        return targets;
    }

    /** The share each target receives, summing to 1 (shared array, do not modify). */
    public double[] weights() {
        return weights;
    }

    public int size() {
        return targets.length;
    }

    public String target(int i) {
        return targets[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    /** The method recorded on every value placed through this link. */
    public String method() {
        return method;
    }

    /** The flag of every value placed through this link, or null when values move whole. */
    public String flag() {
        return flag;
    }

    /** True when values are shared out by weights rather than moved whole. */
    public boolean apportioned() {
        return flag != null;
    }

    /** True when every target is {@link Crosswalk#OUTSIDE_SPINE}: the source is known but not in London. */
    public boolean offSpine() {
        return offSpine;
    }

    /** True when no target had a weight, so the shares are equal rather than weighted. */
    public boolean equalShares() {
        return equalShares;
    }

    @Override
    public String toString() {
        return source + " -> " + Arrays.toString(targets) + " " + Arrays.toString(weights) + " (" + method + ")";
    }
}
