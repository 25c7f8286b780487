package london.observatory.geography;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one mechanism that moves values from a source geography onto LSOA 2021: a {@link SpineLink} per
 * source code, each target's fan-in (how many sources it sums), and the method a summed value carries.
 * LSOA 2011 (exact fit), output areas 2021, GP practices and coarser areas apportioned down are all
 * crosswalks; feeds place values through {@link london.observatory.normalise.CrosswalkPlacer}, so every
 * mechanism conserves totals the same way. Every link is computed when the crosswalk is built, so
 * {@link #link(String)} is one map lookup with no allocation.
 */
public final class Crosswalk {

    /**
     * A target standing for "somewhere off the spine" (a London practice's patients in Surrey): its share
     * is reported in the reconciliation, never placed, so the total still adds up.
     */
    public static final String OUTSIDE_SPINE = "(outside London)";

    private final String sourceGeography;
    private final String mergedMethod;
    private final Map<String, SpineLink> links;
    private final Map<String, Integer> fanIn;
    private final int maxTargets;
    private final int equalShareFallbacks;
    private final Map<String, Long> sourceResidents;

    /**
     * @param sourceGeography the native geography, recorded on every value ({@code lsoa11}, {@code oa21}...)
     * @param mergedMethod    the method of a value summed from several sources
     */
    Crosswalk(String sourceGeography, String mergedMethod, Collection<SpineLink> links) {
        this(sourceGeography, mergedMethod, links, Map.of());
    }

    /**
     * @param sourceResidents the usual residents of each source area, where the lookup gives them (the exact
     *     fit's Census 2011 {@code TotalRes11}): what weighs a source in a population-weighted merge
     */
    Crosswalk(
            String sourceGeography,
            String mergedMethod,
            Collection<SpineLink> links,
            Map<String, Long> sourceResidents) {
        this.sourceResidents = Map.copyOf(sourceResidents);
        this.sourceGeography = sourceGeography;
        this.mergedMethod = mergedMethod;
        this.links = new HashMap<>(links.size() * 2);
        this.fanIn = new HashMap<>();
        for (SpineLink link : links) {
            if (this.links.put(link.source(), link) != null) {
                throw new IllegalArgumentException(sourceGeography + " code " + link.source() + " is linked twice");
            }
            for (String target : link.targets()) {
                fanIn.merge(target, 1, Integer::sum);
            }
        }
        for (SpineLink link : links) {
            int[] parents = new int[link.size()];
            for (int i = 0; i < parents.length; i++) {
                parents[i] = fanIn.get(link.target(i));
            }
            link.fanIns(parents);
        }
        this.maxTargets = links.stream().mapToInt(SpineLink::size).max().orElse(1);
        this.equalShareFallbacks =
                (int) links.stream().filter(SpineLink::equalShares).count();
    }

    /** Areas that nest exactly in one LSOA 2021 (output areas): each moves whole, each LSOA sums them. */
    public static Crosswalk nesting(String sourceGeography, String method, Map<String, String> sourceToLsoa21) {
        List<SpineLink> links = sourceToLsoa21.entrySet().stream()
                .map(e -> SpineLink.whole(e.getKey(), e.getValue(), method))
                .toList();
        return new Crosswalk(sourceGeography, method, links);
    }

    /**
     * Sources shared over LSOAs by weights (patients registered by LSOA, population): every value placed
     * is flagged {@code flag}. {@code weights} maps each source to its targets' weights, in any scale.
     */
    public static Crosswalk weighted(
            String sourceGeography, String method, String flag, Map<String, Map<String, Double>> weights) {
        List<SpineLink> links = weights.entrySet().stream()
                .map(e -> {
                    Map<String, Double> byTarget = new TreeMap<>(e.getValue());
                    String[] targets = byTarget.keySet().toArray(String[]::new);
                    double[] w = byTarget.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .toArray();
                    return SpineLink.shared(e.getKey(), targets, w, method, flag);
                })
                .toList();
        return new Crosswalk(sourceGeography, method, links);
    }

    public String sourceGeography() {
        return sourceGeography;
    }

    /** The usual residents of source area {@code source} as the lookup gives them, or null when it does not. */
    public Long sourceResidents(String source) {
        return sourceResidents.get(source);
    }

    /** The method of a value that sums several sources. */
    public String mergedMethod() {
        return mergedMethod;
    }

    /**
     * The method of a score, rank or decile a target inherits whole from its one source, which was shared
     * over several targets ({@code lsoa11-split-inherited}).
     */
    public String inheritedMethod() {
        return sourceGeography + "-split-inherited";
    }

    /**
     * The method of a score, rank or decile averaged over a target's several sources, weighted by the
     * people each brings ({@code lsoa11-merge-weighted}).
     */
    public String weightedMethod() {
        return sourceGeography + "-merge-weighted";
    }

    /** The link of a source code, or null if the crosswalk does not know it. */
    public SpineLink link(String source) {
        return links.get(source);
    }

    /** How many sources feed this LSOA 2021 (0 if none); above 1, contributions must be summed. */
    public int fanIn(String lsoa21) {
        Integer parents = fanIn.get(lsoa21);
        return parents == null ? 0 : parents;
    }

    /** Distinct source codes. */
    public int size() {
        return links.size();
    }

    /** Links whose targets had no weight, so they were shared equally: a warning for the run log. */
    public int equalShareFallbacks() {
        return equalShareFallbacks;
    }

    /** The largest number of targets of one source: the size of a scratch array for {@link LargestRemainder}. */
    public int maxTargets() {
        return maxTargets;
    }

    /**
     * Moves whole counts onto LSOA 2021: shared by largest remainder (so nothing is made or lost), summed
     * where several sources meet. Throws for a code the crosswalk does not know, rather than dropping it.
     */
    public Map<String, Long> moveCounts(Map<String, Long> bySource) {
        Map<String, Long> byLsoa21 = new TreeMap<>();
        long[] shares = new long[maxTargets];
        bySource.forEach((code, count) -> {
            SpineLink link = links.get(code);
            if (link == null || count == null) {
                throw new IllegalArgumentException(
                        (link == null ? "unknown " + sourceGeography + " code " : "no count for ") + code);
            }
            LargestRemainder.apportion(count, link.weights(), shares);
            for (int i = 0; i < link.size(); i++) {
                byLsoa21.merge(link.target(i), shares[i], Long::sum);
            }
        });
        return byLsoa21;
    }
}
