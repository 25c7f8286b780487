package london.observatory.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import london.observatory.geography.ExactFitReader.ExactFitRow;

/**
 * The LSOA 2011 → 2021 crosswalk, from the ONS exact-fit lookup: unchanged LSOAs move directly, merged
 * ones move whole and their LSOA21 sums its parents, split and irregular ones are shared by Census 2021
 * population and flagged apportioned. Also keeps the lookup's CHGIND row counts for the run log.
 */
public final class Lsoa11ToLsoa21 {

    public static final String SOURCE_GEOGRAPHY = "lsoa11";

    private final Crosswalk crosswalk;
    private final Map<Character, Integer> rowCounts;

    private Lsoa11ToLsoa21(Crosswalk crosswalk, Map<Character, Integer> rowCounts) {
        this.crosswalk = crosswalk;
        this.rowCounts = Collections.unmodifiableMap(rowCounts);
    }

    /**
     * @param rows       the exact-fit rows (already limited to the spine's LSOA21s)
     * @param population Census 2021 population per LSOA21, used for split weights
     */
    static Lsoa11ToLsoa21 build(List<ExactFitRow> rows, Map<String, Long> population) {
        Map<String, List<ExactFitRow>> byLsoa11 = new LinkedHashMap<>();
        Map<Character, Integer> rowCounts = new TreeMap<>(Map.of('U', 0, 'S', 0, 'M', 0, 'X', 0));
        Set<String> pairs = new HashSet<>();
        for (ExactFitRow row : rows) {
            if (!pairs.add(row.lsoa11() + ">" + row.lsoa21())) {
                throw new IllegalArgumentException(
                        row.where() + ": pair " + row.lsoa11() + " -> " + row.lsoa21() + " appears twice");
            }
            byLsoa11.computeIfAbsent(row.lsoa11(), code -> new ArrayList<>()).add(row);
            rowCounts.merge(row.chgind(), 1, Integer::sum);
        }
        List<SpineLink> links = new ArrayList<>(byLsoa11.size());
        Map<String, Long> residents11 = new HashMap<>();
        byLsoa11.forEach((code, group) -> {
            links.add(Lsoa11Links.of(group, population));
            if (group.get(0).residents11() != null) {
                residents11.put(code, group.get(0).residents11());
            }
        });
        return new Lsoa11ToLsoa21(
                new Crosswalk(SOURCE_GEOGRAPHY, SpineLink.LSOA11_MERGE, links, residents11), rowCounts);
    }

    public Crosswalk crosswalk() {
        return crosswalk;
    }

    /** Lookup rows with this CHGIND (U, S, M or X). */
    public int rowCount(char chgind) {
        return rowCounts.getOrDefault(chgind, 0);
    }
}
