package london.observatory.normalise;

import java.time.LocalDate;
import java.util.List;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.LargestRemainder;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.SpineLink;
import london.observatory.observation.Observation;

/**
 * Places one source value on the LSOA 2021 spine through a {@link Crosswalk}: whole counts shared by
 * largest remainder (so the targets add up to exactly the source), other values by weight; targets fed
 * by several sources wait in the shared {@link FanInAccumulator} until every part has arrived. Every
 * record is tallied in the feed's {@link Reconciliation}: matched, or unmatched with the reason.
 * One instance per worker thread (it owns a scratch array); the accumulator and tally are shared.
 */
public final class SpinePlacer {

    private final String indicatorId;
    private final String runId;
    private final FanInAccumulator fanIn;
    private final Reconciliation reconciliation;
    private long[] shares = new long[1];

    public SpinePlacer(String indicatorId, String runId, FanInAccumulator fanIn, Reconciliation reconciliation) {
        this.indicatorId = indicatorId;
        this.runId = runId;
        this.fanIn = fanIn;
        this.reconciliation = reconciliation;
    }

    /**
     * Adds the observations of one source value to {@code out} (a summed target only once complete).
     *
     * @param value  null when the source withheld it; {@code marker} then says how
     * @return null when placed, otherwise why not ({@link Reconciliation#UNKNOWN_CODE} or
     *         {@link Reconciliation#OUTSIDE_LONDON})
     */
    public String place(Crosswalk crosswalk, String source, LocalDate period, String periodType, Double value,
                        String marker, List<Observation> out) {
        SpineLink link = crosswalk.link(source);
        if (link == null) {
            reconciliation.unmatched(Reconciliation.UNKNOWN_CODE, source, value);
            return Reconciliation.UNKNOWN_CODE;
        }
        if (link.offSpine()) {
            reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON, source, value);
            return Reconciliation.OUTSIDE_LONDON;
        }
        reconciliation.matched(value);
        long[] parts = link.apportioned() && value != null ? wholeShares(value, link) : null;
        for (int t = 0; t < link.size(); t++) {
            Double share = value;
            if (value != null && link.apportioned()) {
                share = parts != null ? (double) parts[t] : value * link.weight(t);
            }
            if (Crosswalk.OUTSIDE_SPINE.equals(link.target(t))) {
                reconciliation.placedOutside(share);
                continue;
            }
            String flag = value == null ? Observation.FLAG_SUPPRESSED : link.flag();
            Observation o = Observation.count(indicatorId, link.target(t), "lsoa21", period, periodType, share,
                    flag, marker, source, crosswalk.sourceGeography(), link.method(), runId);
            int expected = link.fanIn(t);
            if (expected > 1) {
                o = fanIn.add(o, expected, crosswalk.mergedMethod());
            }
            if (o != null) {
                reconciliation.placed(o.value());
                out.add(o);
            }
        }
        return null;
    }

    /** A value already on LSOA 2021: placed as is. */
    public Observation direct(String lsoa21, LocalDate period, String periodType, Double value, String marker) {
        reconciliation.matched(value);
        reconciliation.placed(value);
        return Observation.count(indicatorId, lsoa21, "lsoa21", period, periodType, value,
                value == null ? Observation.FLAG_SUPPRESSED : null, marker, lsoa21, "lsoa21", SpineLink.DIRECT, runId);
    }

    /** Whole-number shares summing exactly to the value; null when the value is not whole. */
    private long[] wholeShares(double value, SpineLink link) {
        if (value != Math.rint(value)) {
            return null;
        }
        if (shares.length < link.size()) {
            shares = new long[link.size()];
        }
        LargestRemainder.apportion((long) value, link.weights(), shares);
        return shares;
    }
}
