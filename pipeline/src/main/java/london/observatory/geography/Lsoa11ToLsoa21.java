package london.observatory.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import london.observatory.geography.ExactFitReader.ExactFitRow;

/**
 * Moves values published on LSOA 2011 onto LSOA 2021, following the ONS exact-fit lookup. Every
 * link is computed when the geography loads, so {@link #link(String)} is one map lookup with no
 * allocation: feeds call it once per value, millions of times.
 *
 * <p>Unchanged LSOAs move directly; merged ones move whole and their LSOA21 sums its parents
 * ({@link #fanIn(String)} > 1); split and irregular ones are shared by Census 2021 population and
 * must be flagged apportioned.
 */
public final class Lsoa11ToLsoa21 {

    private final Map<String, Lsoa11Link> links;
    private final Map<String, Integer> fanIn;
    private final Map<Character, Integer> rowCounts;
    private final int equalShareFallbacks;
    private final int maxTargets;

    private Lsoa11ToLsoa21(Map<String, Lsoa11Link> links, Map<String, Integer> fanIn, Map<Character, Integer> rowCounts) {
        this.links = links;
        this.fanIn = fanIn;
        this.rowCounts = rowCounts;
        this.equalShareFallbacks = (int) links.values().stream().filter(Lsoa11Link::equalShares).count();
        this.maxTargets = links.values().stream().mapToInt(Lsoa11Link::size).max().orElse(1);
    }

    /**
     * @param rows       the exact-fit rows (already limited to the spine's LSOA21s)
     * @param population Census 2021 population per LSOA21, used for split weights
     */
    static Lsoa11ToLsoa21 build(List<ExactFitRow> rows, Map<String, Long> population) {
        Map<String, List<ExactFitRow>> byLsoa11 = new LinkedHashMap<>();
        Map<String, Integer> fanIn = new HashMap<>();
        Map<Character, Integer> rowCounts = new TreeMap<>(Map.of('U', 0, 'S', 0, 'M', 0, 'X', 0));
        Set<String> pairs = new HashSet<>();
        for (ExactFitRow row : rows) {
            if (!pairs.add(row.lsoa11() + ">" + row.lsoa21())) {
                throw new IllegalArgumentException(row.where() + ": pair " + row.lsoa11() + " -> " + row.lsoa21()
                        + " appears twice");
            }
            byLsoa11.computeIfAbsent(row.lsoa11(), code -> new ArrayList<>()).add(row);
            fanIn.merge(row.lsoa21(), 1, Integer::sum);
            rowCounts.merge(row.chgind(), 1, Integer::sum);
        }
        Map<String, Lsoa11Link> links = new HashMap<>(byLsoa11.size() * 2);
        byLsoa11.forEach((code, group) -> links.put(code, Lsoa11Links.of(group, population)));
        for (Lsoa11Link link : links.values()) {
            int[] parents = new int[link.size()];
            for (int i = 0; i < parents.length; i++) {
                parents[i] = fanIn.get(link.target(i));
            }
            link.fanIns(parents);
        }
        return new Lsoa11ToLsoa21(links, fanIn, rowCounts);
    }

    /** The link of an LSOA 2011 code, or null if the lookup does not know it. */
    public Lsoa11Link link(String lsoa11) {
        return links.get(lsoa11);
    }

    /** How many LSOA 2011 codes feed this LSOA 2021 (0 if none); above 1, contributions must be summed. */
    public int fanIn(String lsoa21) {
        Integer parents = fanIn.get(lsoa21);
        return parents == null ? 0 : parents;
    }

    /** Lookup rows with this CHGIND (U, S, M or X). */
    public int rowCount(char chgind) {
        return rowCounts.getOrDefault(chgind, 0);
    }

    /** Distinct LSOA 2011 codes. */
    public int lsoa11Count() {
        return links.size();
    }

    /** Splits whose targets had no population, so they were shared equally: a warning for the run log. */
    public int equalShareFallbacks() {
        return equalShareFallbacks;
    }

    /** The largest number of targets of one LSOA11: the size of a scratch array for {@link LargestRemainder}. */
    public int maxTargets() {
        return maxTargets;
    }

    /**
     * Moves whole counts onto LSOA 2021: splits by largest remainder (so no person is made or lost),
     * merges summed. Throws for an LSOA11 code the lookup does not know, rather than dropping it.
     */
    public Map<String, Long> moveCounts(Map<String, Long> byLsoa11) {
        Map<String, Long> byLsoa21 = new TreeMap<>();
        long[] shares = new long[maxTargets];
        byLsoa11.forEach((code, count) -> {
            Lsoa11Link link = links.get(code);
            if (link == null || count == null) {
                throw new IllegalArgumentException((link == null ? "unknown LSOA11 code " : "no count for ") + code);
            }
            LargestRemainder.apportion(count, link.weights(), shares);
            for (int i = 0; i < link.size(); i++) {
                byLsoa21.merge(link.target(i), shares[i], Long::sum);
            }
        });
        return byLsoa21;
    }
}
