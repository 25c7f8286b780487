package london.observatory.normalise;

import java.time.LocalDate;
import java.util.List;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.SpineLink;
import london.observatory.observation.Observation;

/**
 * Places a score, rank or decile on LSOA 2021 through a {@link Crosswalk}. These do not add up, so nothing
 * is shared out or summed, and conservation does not apply; instead every LSOA 2021 a source reaches gets
 * exactly one value:
 * <ul>
 *   <li>reached whole by its one source (an unchanged LSOA): the value as is, with the link's method;</li>
 *   <li>one part of a source shared over several (a split LSOA): the source's value unchanged, flagged
 *       {@code inherited} ({@link Crosswalk#inheritedMethod()}), since the parent's standing is the best
 *       estimate of each part's;</li>
 *   <li>reached by several sources (a merged or irregular LSOA): their mean weighted by the people each
 *       brings, settled by the measure's {@link NonAdditive} rule, flagged {@code estimated}
 *       ({@link Crosswalk#weightedMethod()}).</li>
 * </ul>
 * A withheld source withholds every LSOA it reaches, as for counts. Nothing is tallied as a value in the
 * reconciliation, only records: it adds up counts, and scores do not add.
 */
final class NonAdditivePlacer {

    private final String indicatorId;
    private final String runId;
    private final FanInAccumulator fanIn;
    private final Reconciliation reconciliation;

    NonAdditivePlacer(String indicatorId, String runId, FanInAccumulator fanIn, Reconciliation reconciliation) {
        this.indicatorId = indicatorId;
        this.runId = runId;
        this.fanIn = fanIn;
        this.reconciliation = reconciliation;
    }

    /**
     * Adds the observations of one source value to {@code out} (a target of several sources only once
     * complete). {@code v.denominator()}, when the source gives it, is the source area's population (the
     * Indices of Deprivation's supplementary files publish one per LSOA 2011): it weights this source in a
     * merge. Without it the crosswalk's own residents of the source area weigh it (the exact fit with Census
     * totals carries {@code TotalRes11}); with neither, each source area weighs as one, so a merge of two
     * LSOA 2011s (drawn to hold similar numbers of people) takes their plain mean.
     *
     * @return as {@link CrosswalkPlacer#place}
     */
    String place(
            Crosswalk crosswalk,
            String source,
            LocalDate period,
            String periodType,
            SourceValue v,
            NonAdditive rule,
            List<Observation> out) {
        SpineLink link = crosswalk.link(source);
        String unplaced = CrosswalkPlacer.unplaced(reconciliation, link, source, null);
        if (unplaced != null) {
            return unplaced;
        }
        double people = people(crosswalk, source, v);
        for (int t = 0; t < link.size(); t++) {
            if (Crosswalk.OUTSIDE_SPINE.equals(link.target(t))) {
                continue; // people living outside London: no LSOA of ours to give the value to
            }
            Observation own = part(crosswalk, link, t, period, periodType, v);
            Observation placed = link.fanIn(t) > 1
                    ? fanIn.addWeighted(own, people * link.weight(t), link.fanIn(t), crosswalk.weightedMethod(), rule)
                    : single(crosswalk, link, own);
            if (placed != null) {
                reconciliation.placed(null);
                out.add(placed);
            }
        }
        return null;
    }

    /**
     * What weighs this source in a merge: the population the source gives with its value, else the usual
     * residents the crosswalk knows for the source area (the exact fit's Census 2011 counts), else one.
     */
    private static double people(Crosswalk crosswalk, String source, SourceValue v) {
        if (v.denominator() != null && v.denominator() > 0) {
            return v.denominator();
        }
        Long residents = crosswalk.sourceResidents(source);
        return residents != null && residents > 0 ? residents : 1;
    }

    /** A target with this one source: the value as is, inherited when the source was shared out. */
    private static Observation single(Crosswalk crosswalk, SpineLink link, Observation own) {
        if (!link.apportioned() || own.value() == null) {
            return own;
        }
        return new Observation(
                own.indicatorId(),
                own.areaCode(),
                own.areaLevel(),
                own.periodStart(),
                own.periodType(),
                own.value(),
                null,
                null,
                null,
                null,
                Observation.FLAG_INHERITED,
                own.statusMarker(),
                own.sourceAreaCode(),
                own.sourceGeography(),
                crosswalk.inheritedMethod(),
                own.runId(),
                null);
    }

    /**
     * The source's value on target {@code t}, moved whole ({@code null} flag unless withheld). Its numerator,
     * denominator and confidence interval are the source area's, not the target's, so none is carried.
     */
    private Observation part(
            Crosswalk crosswalk, SpineLink link, int t, LocalDate period, String periodType, SourceValue v) {
        return Observation.count(
                indicatorId,
                link.target(t),
                "lsoa21",
                period,
                periodType,
                v.value(),
                v.value() == null ? Observation.FLAG_SUPPRESSED : null,
                v.marker(),
                link.source(),
                crosswalk.sourceGeography(),
                link.method(),
                runId);
    }
}
