package london.observatory.geography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import london.observatory.geography.WardBestFitReader.Ward;
import london.observatory.geography.WardBestFitReader.WardLookup;

/**
 * The best-fit ward of every spine LSOA in each ward vintage the observatory knows (the current one,
 * say 2022, and older ones such as 2014 and 2018, in which borough data was published for years).
 * Ward values of any vintage stay at their own level; these links tie them to LSOAs.
 *
 * <p>Older lookups keyed by LSOA 2011 are carried onto LSOA 2021 through the exact fit: an LSOA 2021
 * takes the ward of the LSOA 2011 it came from; when several LSOA 2011s merged into it and their wards
 * differ, the ward most of them share wins (ties: the lowest code) — a best fit of a best fit, which is
 * what a best fit is for.
 */
final class WardVintages {

    /** Vintage → LSOA21 code → ward, newest vintage first. */
    private final NavigableMap<Integer, Map<String, Ward>> byVintage;

    private WardVintages(NavigableMap<Integer, Map<String, Ward>> byVintage) {
        this.byVintage = byVintage;
    }

    static WardVintages build(
            WardLookup current, List<WardLookup> older, Collection<String> spine, List<ExactFitRow> exactFit) {
        NavigableMap<Integer, Map<String, Ward>> byVintage = new TreeMap<>(Comparator.reverseOrder());
        byVintage.put(current.vintage(), onSpine(current, current.wards(), spine));
        for (WardLookup lookup : older) {
            if (lookup.vintage() >= current.vintage()) {
                throw new IllegalArgumentException(lookup.file() + ": ward vintage " + lookup.vintage()
                        + " is not older than the current ward lookup's " + current.vintage());
            }
            Map<String, Ward> wards = lookup.byLsoa11() ? fromLsoa11(lookup.wards(), exactFit) : lookup.wards();
            if (byVintage.put(lookup.vintage(), onSpine(lookup, wards, spine)) != null) {
                throw new IllegalArgumentException(
                        lookup.file() + ": a second lookup for ward vintage " + lookup.vintage());
            }
        }
        return new WardVintages(byVintage);
    }

    /** Every spine LSOA must have a ward in every vintage, or values of that vintage would be lost. */
    private static Map<String, Ward> onSpine(WardLookup lookup, Map<String, Ward> wards, Collection<String> spine) {
        Map<String, Ward> kept = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String lsoa : spine) {
            Ward ward = wards.get(lsoa);
            if (ward == null) {
                missing.add(lsoa);
            } else {
                kept.put(lsoa, ward);
            }
        }
        if (!missing.isEmpty()) {
            Collections.sort(missing);
            throw new IllegalArgumentException(lookup.file() + ": " + missing.size() + " LSOA21 of the spine have no "
                    + lookup.vintage() + " ward" + (lookup.byLsoa11() ? " through the LSOA 2011 exact fit" : "")
                    + ", e.g. " + missing.subList(0, Math.min(5, missing.size())));
        }
        return kept;
    }

    private static Map<String, Ward> fromLsoa11(Map<String, Ward> byLsoa11, List<ExactFitRow> exactFit) {
        Map<String, Map<Ward, Integer>> votes = new HashMap<>();
        for (ExactFitRow row : exactFit) {
            Ward ward = byLsoa11.get(row.lsoa11());
            if (ward != null) {
                votes.computeIfAbsent(row.lsoa21(), k -> new HashMap<>()).merge(ward, 1, Integer::sum);
            }
        }
        Map<String, Ward> byLsoa21 = new HashMap<>();
        Comparator<Map.Entry<Ward, Integer>> mostVotes = Map.Entry.<Ward, Integer>comparingByValue()
                .reversed()
                .thenComparing(entry -> entry.getKey().code());
        votes.forEach((lsoa21, counts) -> byLsoa21.put(
                lsoa21,
                counts.entrySet().stream()
                        .sorted(mostVotes)
                        .findFirst()
                        .orElseThrow()
                        .getKey()));
        return byLsoa21;
    }

    /** Vintages, newest first. */
    List<Integer> vintages() {
        return List.copyOf(byVintage.keySet());
    }

    int current() {
        return byVintage.firstKey();
    }

    /** LSOA21 code → ward in {@code vintage}. */
    Map<String, Ward> wards(int vintage) {
        Map<String, Ward> wards = byVintage.get(vintage);
        if (wards == null) {
            throw new IllegalArgumentException("no ward vintage " + vintage + "; known: " + vintages());
        }
        return Collections.unmodifiableMap(wards);
    }
}
