package london.observatory.disclosure;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The protected LSOA values of one indicator and period, for every LSOA 2021 of the spine, and every
 * open figure above them. It holds no true count, so nothing it answers can reveal more than the
 * protected LSOA values: any figure for a list of areas is the sum of the protected values of the
 * distinct LSOAs they cover, whatever the order of the list or its repetitions, and differencing two
 * lists gives back only the protected values of the LSOAs in one and not the other.
 */
public final class ProtectedRelease {

    private final SortedMap<String, ProtectedValue> byLsoa;

    ProtectedRelease(Map<String, ProtectedValue> byLsoa) {
        this.byLsoa = Collections.unmodifiableSortedMap(new TreeMap<>(byLsoa));
    }

    /** Every LSOA's protected value, in code order: what publish writes for the LSOA level. */
    public SortedMap<String, ProtectedValue> values() {
        return byLsoa;
    }

    public ProtectedValue lsoa(String lsoaCode) {
        ProtectedValue value = byLsoa.get(lsoaCode);
        if (value == null) {
            throw new IllegalArgumentException(lsoaCode + " is not an LSOA 2021 of this release");
        }
        return value;
    }

    /** The figure for a list of LSOAs: each distinct LSOA counted once. */
    public ProtectedAggregate sumOfLsoas(Collection<String> lsoaCodes) {
        SortedSet<String> distinct = new TreeSet<>(lsoaCodes);
        return ProtectedAggregate.sum(distinct.stream().map(this::lsoa)::iterator);
    }

    /**
     * The figure for a list of areas of any level (MSOAs, wards, boroughs, postcodes, LSOAs, mixed): the
     * LSOAs each covers, pooled, each counted once, so an area listed twice, or an LSOA listed beside the
     * MSOA that holds it, changes nothing.
     */
    public ProtectedAggregate sumOfAreas(Collection<String> areaCodes, AreaMembership membership) {
        SortedSet<String> lsoas = new TreeSet<>();
        for (String area : new TreeSet<>(areaCodes)) {
            lsoas.addAll(membership.lsoasOf(area));
        }
        return sumOfLsoas(lsoas);
    }

    /** A rate on the figure for a list of areas, over its public denominator (see {@link ProtectedRate}). */
    public ProtectedRate rateOfAreas(
            Collection<String> areaCodes, AreaMembership membership, double denominator, double scale) {
        return ProtectedRate.of(sumOfAreas(areaCodes, membership), denominator, scale);
    }

    @Override
    public String toString() {
        return "protected release of " + byLsoa.size() + " LSOAs";
    }
}
