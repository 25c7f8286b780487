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

    private Observation add(Observation part, int expectedParts, String mergedMethod, Double rateScale) {
        Key key = new Key(part.indicatorId(), part.areaCode(), part.periodStart());
        Partial partial = open.computeIfAbsent(key, k -> new Partial(part, mergedMethod, rateScale));
        partial.add(part);
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
        if (partial.suppressed) {
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

        private final TreeSet<String> flags = new TreeSet<>();
        private final TreeSet<String> sources = new TreeSet<>();
        private final TreeSet<String> markers = new TreeSet<>();
        private double sum;
        private double numerator;
        private double denominator;
        private int parts;
        private boolean suppressed;

        Partial(Observation first, String mergedMethod, Double rateScale) {
            this.first = first;
            this.mergedMethod = mergedMethod;
            this.rateScale = rateScale;
        }

        void add(Observation part) {
            parts++;
            sources.add(part.sourceAreaCode());
            if (part.statusMarker() != null) {
                markers.add(part.statusMarker());
            }
            if (rateScale != null) {
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

        Observation toObservation(String incompleteFlag) {
            // A sum with a withheld part is not a count of anything: publish it as withheld.
            String flag =
                    suppressed ? Observation.FLAG_SUPPRESSED : incompleteFlag != null ? incompleteFlag : weakest(flags);
            String marker = markers.isEmpty() ? null : String.join(";", markers);
            String source = String.join(";", sources);
            if (rateScale == null) {
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
            Double num = suppressed ? null : numerator;
            Double den = suppressed ? null : denominator;
            return new Observation(
                    first.indicatorId(),
                    first.areaCode(),
                    first.areaLevel(),
                    first.periodStart(),
                    first.periodType(),
                    RateParts.value(num, den, rateScale),
                    num,
                    den,
                    null,
                    null,
                    flag,
                    marker,
                    source,
                    first.sourceGeography(),
                    mergedMethod,
                    first.runId());
        }

        /** A sum with an estimated part is an estimate; with an apportioned part, apportioned. */
        private static String weakest(TreeSet<String> flags) {
            for (String flag : FLAG_ORDER) {
                if (flags.contains(flag)) {
                    return flag;
                }
            }
            return flags.isEmpty() ? null : flags.first();
        }
    }
}
