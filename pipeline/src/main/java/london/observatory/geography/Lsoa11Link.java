package london.observatory.geography;

/**
 * How one LSOA 2011 reaches LSOA 2021: its targets and the share of its value each receives.
 * Built once when the geography loads; a lookup returns this same object, so the hot path allocates
 * nothing. For the same reason {@link #targets()} and {@link #weights()} return the shared arrays:
 * callers read them and must not modify them.
 */
public final class Lsoa11Link {

    /** Unchanged LSOA: the value moves as is. */
    public static final String DIRECT = "direct";
    /** Several 2011 LSOAs became one: the value moves whole, and the target sums its parents. */
    public static final String MERGE = "lsoa11-merge";
    /** Split or irregular: the value is shared by Census 2021 population, so it is apportioned. */
    public static final String SPLIT = "lsoa11-split";

    private final String lsoa11;
    private final char chgind;
    private final String[] targets;
    private final double[] weights;
    private final String method;
    private final boolean equalShares;
    private int[] fanIns;

    Lsoa11Link(String lsoa11, char chgind, String[] targets, double[] weights, String method, boolean equalShares) {
        this.lsoa11 = lsoa11;
        this.chgind = chgind;
        this.targets = targets;
        this.weights = weights;
        this.method = method;
        this.equalShares = equalShares;
    }

    public String lsoa11() {
        return lsoa11;
    }

    /** The ONS change indicator: U, S, M or X. */
    public char chgind() {
        return chgind;
    }

    /** Set once by {@link Lsoa11ToLsoa21#build} when every row is known: each target's number of parents. */
    void fanIns(int[] parents) {
        fanIns = parents;
    }

    /**
     * How many LSOA 2011 codes feed target {@code i} (as {@link Lsoa11ToLsoa21#fanIn}, without a lookup on
     * the hot path); above 1, contributions must be summed.
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

    /** {@link #DIRECT}, {@link #MERGE} or {@link #SPLIT}. */
    public String method() {
        return method;
    }

    /** True when values are shared out by weights rather than moved whole: flag them {@code apportioned}. */
    public boolean apportioned() {
        return SPLIT.equals(method);
    }

    /** True when no target had a population, so the shares are equal rather than population-weighted. */
    public boolean equalShares() {
        return equalShares;
    }

    @Override
    public String toString() {
        return lsoa11 + " " + chgind + " -> " + java.util.Arrays.toString(targets)
                + " " + java.util.Arrays.toString(weights) + " (" + method + ")";
    }
}
