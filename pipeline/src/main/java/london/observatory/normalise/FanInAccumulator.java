package london.observatory.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import london.observatory.observation.Observation;

/**
 * Sums the contributions of several source areas that land on one spine area (LSOA 2011s merged into
 * one LSOA 2021, output areas into their LSOA, GP practices sharing an LSOA). A contribution may arrive on any page, from either worker, so this is shared by the
 * workers of a feed; merges are a fraction of a percent of rows, so a lock costs nothing.
 * A group is emitted once all its expected parts have arrived; groups still missing parts at the end
 * are drained and flagged {@code incomplete}, so a value is never silently short.
 *
 * <p>Counts ({@link #add}) are summed. Rates and percentages ({@link #addRateParts}) are never summed:
 * their numerators and denominators are, and the value is recomputed from those sums, so an LSOA served
 * by two practices gets the rate of their pooled registers, not the sum or the plain mean of two rates.
 * Scores, ranks and deciles ({@link #addWeighted}) are neither summed nor recomputable: the target takes
 * the mean of its sources' values weighted by the people each brings, settled by the measure's
 * {@link NonAdditive} rule and flagged {@code estimated}.
 */
public final class FanInAccumulator {

    public static final String FLAG_INCOMPLETE = "incomplete";

    private static final List<String> FLAG_ORDER = List.of(Observation.FLAG_ESTIMATED, Observation.FLAG_APPORTIONED);

    private final Map<Key, Partial> open = new HashMap<>();
    private double withheld;

    private record Key(String indicatorId, String areaCode, LocalDate periodStart) {}

    /** One count; returns the finished observation when it was the last expected part, else null. */
    public synchronized Observation add(Observation part, int expectedParts, String mergedMethod) {
        return add(part, expectedParts, mergedMethod, null);
    }

    /**
     * One share of a rate: its numerator and denominator (null when the source withheld the rate) are
     * summed, and the finished value is sum(numerator) / sum(denominator) × {@code scale}.
     */
    public synchronized Observation addRateParts(
            Observation part, int expectedParts, String mergedMethod, double scale) {
        return add(part, expectedParts, mergedMethod, scale);
    }

    /**
     * One source's score, rank or decile (null when withheld) for a target several sources reach, with
     * {@code weight}: the people of that source living in the target. The finished value is
     * {@code rule.settle(Σ value × weight ÷ Σ weight)}; a withheld source withholds the target.
     */
    public synchronized Observation addWeighted(
            Observation part, double weight, int expectedParts, String weightedMethod, NonAdditive rule) {
        return add(part, weight, expectedParts, weightedMethod, null, rule);
    }

    private Observation add(Observation part, int expectedParts, String mergedMethod, Double rateScale) {
        return add(part, 0, expectedParts, mergedMethod, rateScale, null);
    }

    private Observation add(
            Observation part, double weight, int expectedParts, String method, Double rateScale, NonAdditive rule) {
        Key key = new Key(part.indicatorId(), part.areaCode(), part.periodStart());
        Partial partial = open.computeIfAbsent(key, k -> new Partial(part, method, rateScale, rule));
        partial.add(part, weight);
        if (partial.parts < expectedParts) {
            return null;
        }
        open.remove(key);
        return finish(partial, null);
    }

    /**
     * Known counts that went into sums published as withheld (a part was suppressed): for the
     * reconciliation, which tallies counts only, so rate parts never add to it.
     */
    public synchronized double withheldValue() {
        return withheld;
    }

    private Observation finish(Partial partial, String incompleteFlag) {
        if (partial.suppressed && partial.isCount()) {
            withheld += partial.sum;
        }
        return partial.toObservation(incompleteFlag);
    }

    /** Groups that never received all their parts. */
    public synchronized List<Observation> drainIncomplete() {
        List<Observation> rest = new ArrayList<>(open.size());
        for (Partial partial : open.values()) {
            rest.add(finish(partial, FLAG_INCOMPLETE));
        }
        open.clear();
        return rest;
    }

    private static final class Partial {
        private final Observation first;
        private final String mergedMethod;
        /** Null for a count; for a rate, what turns numerator ÷ denominator into its value. */
        private final Double rateScale;
        /** Null for a count or rate; for a score, rank or decile, how its weighted mean is settled. */
        private final NonAdditive rule;

        private final TreeSet<String> flags = new TreeSet<>();
        private final TreeSet<String> sources = new TreeSet<>();
        private final TreeSet<String> markers = new TreeSet<>();
        private double sum;
        private double numerator;
        private double denominator;
        private int parts;
        private boolean suppressed;

        Partial(Observation first, String mergedMethod, Double rateScale, NonAdditive rule) {
            this.first = first;
            this.mergedMethod = mergedMethod;
            this.rateScale = rateScale;
            this.rule = rule;
        }

        boolean isCount() {
            return rateScale == null && rule == null;
        }

        void add(Observation part, double weight) {
            parts++;
            sources.add(part.sourceAreaCode());
            if (part.statusMarker() != null) {
                markers.add(part.statusMarker());
            }
            if (rule != null) {
                addWeighted(part, weight);
            } else if (rateScale != null) {
                addShare(part);
            } else if (part.value() == null) {
                suppressed = true;
            } else {
                sum += part.value();
            }
            if (part.flag() != null) {
                flags.add(part.flag());
            }
        }

        /** A share whose parts are unknown withholds the LSOA; a share of 0 / 0 (no weight) adds nothing. */
        private void addShare(Observation part) {
            if (part.numerator() == null || part.denominator() == null) {
                suppressed = true;
            } else {
                numerator += part.numerator();
                denominator += part.denominator();
            }
        }

        /** Σ value × weight over Σ weight; the plain sum of values too, for sources that bring no one. */
        private void addWeighted(Observation part, double weight) {
            if (part.value() == null) {
                suppressed = true;
            } else {
                numerator += part.value() * weight;
                denominator += weight;
                sum += part.value();
            }
        }

        Observation toObservation(String incompleteFlag) {
            // A sum with a withheld part is not a count of anything: publish it as withheld.
            String flag =
                    suppressed ? Observation.FLAG_SUPPRESSED : incompleteFlag != null ? incompleteFlag : weakest();
            String marker = markers.isEmpty() ? null : String.join(";", markers);
            String source = String.join(";", sources);
            if (isCount()) {
                return Observation.count(
                        first.indicatorId(),
                        first.areaCode(),
                        first.areaLevel(),
                        first.periodStart(),
                        first.periodType(),
                        suppressed ? null : sum,
                        flag,
                        marker,
                        source,
                        first.sourceGeography(),
                        mergedMethod,
                        first.runId());
            }
            Double num = suppressed || rule != null ? null : numerator;
            Double den = suppressed || rule != null ? null : denominator;
            Double value = rule != null ? weightedMean() : RateParts.value(num, den, rateScale);
            return new Observation(
                    first.indicatorId(),
                    first.areaCode(),
                    first.areaLevel(),
                    first.periodStart(),
                    first.periodType(),
                    value,
                    num,
                    den,
                    null,
                    null,
                    flag,
                    marker,
                    source,
                    first.sourceGeography(),
                    mergedMethod,
                    first.runId(),
                    null);
        }

        /**
         * The settled weighted mean, or null when a source is withheld. Sources that all bring no one
         * (zero weight) still give the target a value: their plain mean, since each stood for the area.
         */
        private Double weightedMean() {
            if (suppressed) {
                return null;
            }
            double mean = denominator > 0 ? numerator / denominator : sum / parts;
            return rule.settle(mean);
        }

        /**
         * A sum with an estimated part is an estimate; with an apportioned part, apportioned. A mean of
         * scores, ranks or deciles is always an estimate, whatever its parts.
         */
        private String weakest() {
            if (rule != null) {
                return Observation.FLAG_ESTIMATED;
            }
            for (String flag : FLAG_ORDER) {
                if (flags.contains(flag)) {
                    return flag;
                }
            }
            return flags.isEmpty() ? null : flags.first();
        }
    }
}
