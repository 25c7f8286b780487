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
 */
public final class FanInAccumulator {

    public static final String FLAG_INCOMPLETE = "incomplete";

    private static final List<String> FLAG_ORDER = List.of(Observation.FLAG_ESTIMATED, Observation.FLAG_APPORTIONED);

    private final Map<Key, Partial> open = new HashMap<>();
    private double withheld;

    private record Key(String indicatorId, String areaCode, LocalDate periodStart) {
    }

    /** One contribution; returns the finished observation when it was the last expected part, else null. */
    public synchronized Observation add(Observation part, int expectedParts, String mergedMethod) {
        Key key = new Key(part.indicatorId(), part.areaCode(), part.periodStart());
        Partial partial = open.computeIfAbsent(key, k -> new Partial(part, mergedMethod));
        partial.add(part);
        if (partial.parts < expectedParts) {
            return null;
        }
        open.remove(key);
        return finish(partial, null);
    }

    /** Known values that went into sums published as withheld (a part was suppressed): for the reconciliation. */
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
        private final TreeSet<String> flags = new TreeSet<>();
        private final TreeSet<String> sources = new TreeSet<>();
        private final TreeSet<String> markers = new TreeSet<>();
        private double sum;
        private int parts;
        private boolean suppressed;

        Partial(Observation first, String mergedMethod) {
            this.first = first;
            this.mergedMethod = mergedMethod;
        }

        void add(Observation part) {
            parts++;
            sources.add(part.sourceAreaCode());
            if (part.statusMarker() != null) {
                markers.add(part.statusMarker());
            }
            if (part.value() == null) {
                suppressed = true;
            } else {
                sum += part.value();
            }
            if (part.flag() != null) {
                flags.add(part.flag());
            }
        }

        Observation toObservation(String incompleteFlag) {
            // A sum with a withheld part is not a count of anything: publish it as withheld.
            Double value = suppressed ? null : sum;
            String flag = suppressed ? Observation.FLAG_SUPPRESSED
                    : incompleteFlag != null ? incompleteFlag
                    : weakest(flags);
            String marker = markers.isEmpty() ? null : String.join(";", markers);
            return Observation.count(first.indicatorId(), first.areaCode(), first.areaLevel(), first.periodStart(),
                    first.periodType(), value, flag, marker, String.join(";", sources), first.sourceGeography(),
                    mergedMethod, first.runId());
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
