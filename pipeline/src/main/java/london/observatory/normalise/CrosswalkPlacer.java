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
 * largest remainder (so the targets add up to exactly the source), other counts by weight, and rates by
 * their numerator and denominator ({@link #placeRate}); targets fed by several sources wait in the shared
 * {@link FanInAccumulator} until every part has arrived. Every record is tallied in the feed's
 * {@link Reconciliation}: matched, or unmatched with the reason (with its value for counts only).
 * One instance per worker thread (it owns a scratch array); the accumulator and tally are shared.
 */
public final class CrosswalkPlacer {

    private final String indicatorId;
    private final String runId;
    private final FanInAccumulator fanIn;
    private final Reconciliation reconciliation;
    private long[] shares = new long[1];

    public CrosswalkPlacer(String indicatorId, String runId, FanInAccumulator fanIn, Reconciliation reconciliation) {
        this.indicatorId = indicatorId;
        this.runId = runId;
        this.fanIn = fanIn;
        this.reconciliation = reconciliation;
    }

    /**
     * Adds the observations of one source count to {@code out} (a summed target only once complete).
     *
     * @param value  null when the source withheld it; {@code marker} then says how
     * @return null when placed, otherwise why not ({@link Reconciliation#UNKNOWN_CODE} or
     *         {@link Reconciliation#OUTSIDE_LONDON})
     */
    public String place(
            Crosswalk crosswalk,
            String source,
            LocalDate period,
            String periodType,
            Double value,
            String marker,
            List<Observation> out) {
        SpineLink link = crosswalk.link(source);
        String unplaced = unplaced(link, source, value);
        if (unplaced != null) {
            return unplaced;
        }
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
            Observation o = Observation.count(
                    indicatorId,
                    link.target(t),
                    "lsoa21",
                    period,
                    periodType,
                    share,
                    flag,
                    marker,
                    source,
                    crosswalk.sourceGeography(),
                    link.method(),
                    runId);
            emit(o, link.fanIn(t), crosswalk.mergedMethod(), null, out);
        }
        return null;
    }

    /**
     * Adds the observations of one source rate or percentage to {@code out}. Its numerator and denominator
     * are counts (patients on the register, patients registered), so each is shared by the link's weights;
     * each LSOA's value is then numerator ÷ denominator × {@code scale} of its shares, summed over every
     * source that reaches it. A withheld rate ({@code v.value()} null) withholds every LSOA it reaches.
     * Nothing of a rate is tallied as a value in the reconciliation: it adds up counts, and rates do not add.
     *
     * @param v a value with its numerator and denominator, or a withheld value
     * @return as {@link #place}
     */
    public String placeRate(
            Crosswalk crosswalk,
            String source,
            LocalDate period,
            String periodType,
            SourceValue v,
            double scale,
            List<Observation> out) {
        SpineLink link = crosswalk.link(source);
        String unplaced = unplaced(link, source, null);
        if (unplaced != null) {
            return unplaced;
        }
        boolean withheld = v.value() == null || v.numerator() == null || v.denominator() == null;
        for (int t = 0; t < link.size(); t++) {
            if (Crosswalk.OUTSIDE_SPINE.equals(link.target(t))) {
                continue; // patients living outside London: their share of the register is not placed
            }
            // Shares stay fractional, not whole numbers by largest remainder: they are estimates of an LSOA's
            // part of a register, not people to be counted, and rounding the numerator and the denominator
            // separately would change the rate of every small share (a 0.4-patient denominator rounds to 0).
            Double numerator = withheld ? null : v.numerator() * link.weight(t);
            Double denominator = withheld ? null : v.denominator() * link.weight(t);
            // The source area's confidence interval is not the LSOA estimate's, so none is carried.
            Observation o = new Observation(
                    indicatorId,
                    link.target(t),
                    "lsoa21",
                    period,
                    periodType,
                    RateParts.value(numerator, denominator, scale),
                    numerator,
                    denominator,
                    null,
                    null,
                    withheld ? Observation.FLAG_SUPPRESSED : link.flag(),
                    v.marker(),
                    source,
                    crosswalk.sourceGeography(),
                    link.method(),
                    runId,
                    null);
            emit(o, link.fanIn(t), crosswalk.mergedMethod(), scale, out);
        }
        return null;
    }

    /** A value already on LSOA 2021: placed as is. */
    public Observation direct(String lsoa21, LocalDate period, String periodType, Double value, String marker) {
        reconciliation.matched(value);
        reconciliation.placed(value);
        return Observation.count(
                indicatorId,
                lsoa21,
                "lsoa21",
                period,
                periodType,
                value,
                value == null ? Observation.FLAG_SUPPRESSED : null,
                marker,
                lsoa21,
                "lsoa21",
                SpineLink.DIRECT,
                runId);
    }

    /**
     * Tallies the record as matched, or as unmatched with why; {@code tallied} is its value for the
     * reconciliation (null for a rate).
     *
     * @return null when the link places it on the spine, otherwise the unmatched reason
     */
    private String unplaced(SpineLink link, String source, Double tallied) {
        return unplaced(reconciliation, link, source, tallied);
    }

    /** As {@link #unplaced(SpineLink, String, Double)}, into the given tally (shared with other placers). */
    static String unplaced(Reconciliation reconciliation, SpineLink link, String source, Double tallied) {
        String reason =
                link == null ? Reconciliation.UNKNOWN_CODE : link.offSpine() ? Reconciliation.OUTSIDE_LONDON : null;
        if (reason == null) {
            reconciliation.matched(tallied);
        } else {
            reconciliation.unmatched(reason, source, tallied);
        }
        return reason;
    }

    /**
     * Adds one target's observation to {@code out}, through the fan-in when several sources reach that
     * LSOA (then only once the last part has arrived); {@code rateScale} is null for a count.
     */
    private void emit(Observation o, int sources, String mergedMethod, Double rateScale, List<Observation> out) {
        Observation placed = o;
        if (sources > 1) {
            placed = rateScale == null
                    ? fanIn.add(o, sources, mergedMethod)
                    : fanIn.addRateParts(o, sources, mergedMethod, rateScale);
        }
        if (placed != null) {
            reconciliation.placed(rateScale == null ? placed.value() : null);
            out.add(placed);
        }
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
