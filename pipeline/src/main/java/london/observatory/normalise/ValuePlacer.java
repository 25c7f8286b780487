package london.observatory.normalise;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;
import london.observatory.geography.ApportionDown;
import london.observatory.geography.Area;
import london.observatory.geography.AreaCodes;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.SpineLink;
import london.observatory.observation.Observation;
import london.observatory.period.Period;

/**
 * Puts one source value where it belongs, whatever geography it came in:
 * <ul>
 *   <li>LSOA 2021: as is ({@code direct});</li>
 *   <li>LSOA 2011, output area, GP practice: onto LSOA 2021 through that source's {@link Crosswalk}:
 *       counts shared and summed; a rate or percentage only with its numerator and denominator, which are
 *       shared and summed in its place, the value recomputed from them (a rate itself is never shared
 *       out or summed); a score, rank or decile inherited by a split's parts and averaged, weighted by
 *       population, over a merge's parents ({@link NonAdditivePlacer});</li>
 *   <li>MSOA, ward (any vintage), borough, region: kept at its own level, linked to LSOAs by the
 *       {@code areas} hierarchy; or, when the feed's descriptor asks and the value is a count, shared down
 *       to LSOAs by population ({@code apportioned}).</li>
 * </ul>
 * A well-formed code that is not on the London spine is counted by the reason {@link AreaCodes} gives
 * ({@code outside-london}, {@code set-aside} or {@code unknown-code}: national files are read as published),
 * not treated as a bad row. One per worker (it owns a {@link CrosswalkPlacer}).
 */
public final class ValuePlacer {

    /** Source geographies that reach LSOA 2021 through a crosswalk, by the level name descriptors use. */
    public static final String LSOA21 = "lsoa21";

    public static final String LSOA11 = "lsoa11";

    private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");
    private static final Pattern ODS_PRACTICE = Pattern.compile("[A-Z]\\d{5}");

    private final FeedDescriptor feed;
    private final Geography geography;
    private final Map<String, Crosswalk> crosswalks;
    private final FanInAccumulator fanIn;
    private final Reconciliation reconciliation;
    private final String runId;
    private final Map<AreaLevel, Crosswalk> down = new EnumMap<>(AreaLevel.class);
    private final Map<String, CrosswalkPlacer> placers = new HashMap<>();
    private final Map<String, NonAdditivePlacer> nonAdditivePlacers = new HashMap<>();
    private final AreaCodes codes;

    /**
     * @param crosswalks source geography ({@code lsoa11}, {@code oa21}, {@code gp-practice}) → its crosswalk;
     *                   a feed in a geography with no crosswalk configured fails its rows with the reason
     */
    public ValuePlacer(
            FeedDescriptor feed,
            Geography geography,
            Map<String, Crosswalk> crosswalks,
            FanInAccumulator fanIn,
            Reconciliation reconciliation,
            String runId) {
        this.feed = feed;
        this.geography = geography;
        this.crosswalks = Map.copyOf(crosswalks);
        this.fanIn = fanIn;
        this.reconciliation = reconciliation;
        this.runId = runId;
        this.codes = new AreaCodes(geography);
    }

    /**
     * Adds the value's observations to {@code out}.
     *
     * @return null when placed or counted as outside London; otherwise why the row is bad
     */
    public String place(
            IndicatorDefinition indicator,
            String level,
            String code,
            Period period,
            SourceValue v,
            List<Observation> out) {
        if (LSOA21.equals(level)) {
            return direct(indicator, level, code, period, v, out);
        }
        AreaLevel coarse = coarseLevel(level);
        if (coarse != null) {
            return coarse(indicator, coarse, code, period, v, out);
        }
        Crosswalk crosswalk = crosswalks.get(level);
        if (crosswalk == null) {
            return "no crosswalk for " + level + " is configured, so " + code + " cannot be placed";
        }
        return through(crosswalk, indicator, code, period, v, out);
    }

    private String direct(
            IndicatorDefinition indicator,
            String level,
            String code,
            Period period,
            SourceValue v,
            List<Observation> out) {
        if (!geography.isLsoa21(code)) {
            return notOnSpine(level, code, tallied(indicator, v), GSS);
        }
        reconciliation.matched(tallied(indicator, v));
        reconciliation.placed(tallied(indicator, v));
        out.add(observation(indicator, code, LSOA21, period, v, null, code, level, SpineLink.DIRECT));
        return null;
    }

    private String coarse(
            IndicatorDefinition indicator,
            AreaLevel level,
            String code,
            Period period,
            SourceValue v,
            List<Observation> out) {
        Area area = geography.area(code).orElse(null);
        if (area == null || area.level() != level) {
            return notOnSpine(level.code(), code, tallied(indicator, v), GSS);
        }
        if (feed.apportionDown() && indicator.isCount()) {
            Crosswalk shares = down.computeIfAbsent(level, l -> ApportionDown.from(l, geography));
            return through(shares, indicator, code, period, v, out);
        }
        reconciliation.matched(tallied(indicator, v));
        reconciliation.placed(tallied(indicator, v));
        out.add(observation(indicator, code, level.code(), period, v, null, code, level.code(), SpineLink.DIRECT));
        return null;
    }

    private String through(
            Crosswalk crosswalk,
            IndicatorDefinition indicator,
            String code,
            Period period,
            SourceValue v,
            List<Observation> out) {
        if (indicator.isNonAdditive()) {
            return nonAdditive(crosswalk, indicator, code, period, v, out);
        }
        if (!indicator.isCount() && !hasParts(v)) {
            return "a " + indicator.measureType() + " at " + crosswalk.sourceGeography()
                    + " cannot be shared between LSOAs; publish its numerator and denominator as counts";
        }
        if (crosswalk.link(code) == null) {
            return notOnSpine(crosswalk.sourceGeography(), code, tallied(indicator, v), wellFormed(crosswalk));
        }
        CrosswalkPlacer placer =
                placers.computeIfAbsent(indicator.id(), id -> new CrosswalkPlacer(id, runId, fanIn, reconciliation));
        if (indicator.isCount()) {
            placer.place(crosswalk, code, period.start(), period.type(), v.value(), v.marker(), out);
        } else {
            placer.placeRate(crosswalk, code, period.start(), period.type(), v, indicator.scaleOrOne(), out);
        }
        return null;
    }

    /**
     * A score, rank or decile: inherited by a split's parts and weighted-averaged over a merge's parents
     * ({@link NonAdditivePlacer}), never shared out or summed.
     */
    private String nonAdditive(
            Crosswalk crosswalk,
            IndicatorDefinition indicator,
            String code,
            Period period,
            SourceValue v,
            List<Observation> out) {
        if (crosswalk.link(code) == null) {
            return notOnSpine(crosswalk.sourceGeography(), code, null, wellFormed(crosswalk));
        }
        NonAdditivePlacer placer = nonAdditivePlacers.computeIfAbsent(
                indicator.id(), id -> new NonAdditivePlacer(id, runId, fanIn, reconciliation));
        NonAdditive rule = NonAdditive.of(indicator.measureType());
        return placer.place(crosswalk, code, period.start(), period.type(), v, rule, out);
    }

    /** GP practices are named by ODS codes, every other geography by GSS codes. */
    private static Pattern wellFormed(Crosswalk crosswalk) {
        return GpPracticeCrosswalk.SOURCE_GEOGRAPHY.equals(crosswalk.sourceGeography()) ? ODS_PRACTICE : GSS;
    }

    /**
     * A rate can be shared between LSOAs only through its numerator and denominator, which are counts. A
     * withheld rate has neither, but needs none: every LSOA it reaches is withheld.
     */
    private static boolean hasParts(SourceValue v) {
        return v.value() == null || v.numerator() != null && v.denominator() != null;
    }

    /**
     * Not on the spine at this level: where it belongs by the shared {@link AreaCodes} rule, counted under
     * that reason; only a malformed code is a bad row. GP practices (ODS codes) are either in the
     * registrations the crosswalk was built from or not London's.
     */
    private String notOnSpine(String level, String code, Double value, Pattern wellFormed) {
        if (wellFormed != GSS) {
            if (wellFormed.matcher(code).matches()) {
                reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON, code, value);
                return null;
            }
            reconciliation.unmatched(Reconciliation.INVALID, code, value);
            return "'" + code + "' is not a " + level + " code";
        }
        AreaCodes.Verdict verdict = codes.offSpine(level, code);
        reconciliation.unmatched(verdict.reason(), code, value, verdict.hint());
        return verdict.badRow() ? verdict.hint() : null;
    }

    private Observation observation(
            IndicatorDefinition indicator,
            String code,
            String areaLevel,
            Period period,
            SourceValue v,
            String flag,
            String sourceCode,
            String sourceGeography,
            String method) {
        String f = v.value() == null ? Observation.FLAG_SUPPRESSED : flag;
        return new Observation(
                indicator.id(),
                code,
                areaLevel,
                period.start(),
                period.type(),
                v.value(),
                v.numerator(),
                v.denominator(),
                v.ciLower(),
                v.ciUpper(),
                f,
                v.marker(),
                sourceCode,
                sourceGeography,
                method,
                runId,
                null);
    }

    /**
     * The value the reconciliation adds up: counts only, since a sum of rates, scores, ranks or deciles
     * means nothing; those are tallied as records alone.
     */
    private static Double tallied(IndicatorDefinition indicator, SourceValue v) {
        return indicator.isCount() ? v.value() : null;
    }

    private static AreaLevel coarseLevel(String level) {
        return switch (level) {
            case "msoa21" -> AreaLevel.MSOA21;
            case "ward" -> AreaLevel.WARD;
            case "lad" -> AreaLevel.LAD;
            case "region" -> AreaLevel.REGION;
            default -> null;
        };
    }
}
