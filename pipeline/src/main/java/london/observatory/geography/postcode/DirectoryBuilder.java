package london.observatory.geography.postcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts directory rows into the four kinds the lookup tells apart: on the spine (kept with LSOA and
 * terminated flag), in a split LSOA 2011 (London, but which LSOA 2021 is not known), pseudo (no LSOA) and
 * elsewhere (a real LSOA, not London's). Only spine rows carry data; the others are kept as bare packed
 * keys so they can still be reported for what they are.
 */
final class DirectoryBuilder {

    private final SpineAreas areas;
    private final LongList spine = new LongList();
    private final LongList split = new LongList();
    private final LongList pseudo = new LongList();
    private final LongList elsewhere = new LongList();
    private final Map<String, Integer> placementIndex = new HashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private long rows;
    private long unreadable;
    private long terminated;

    DirectoryBuilder(SpineAreas areas) {
        this.areas = areas;
    }

    void add(DirectoryEntry entry) {
        rows++;
        Postcode postcode = Postcode.parse(entry.postcode());
        if (postcode == null) {
            unreadable++; // a directory row without a usable postcode can never be looked up
            return;
        }
        long key = postcode.packed();
        if (entry.hasPseudoLsoa()) {
            pseudo.add(key);
            return;
        }
        String lsoa21 = areas.lsoa21(entry);
        if (lsoa21 == null) {
            elsewhere.add(key);
        } else if (lsoa21.equals(SpineAreas.AMBIGUOUS_SPLIT)) {
            split.add(key);
        } else {
            spine.add(SpineIndex.entry(key, placement(lsoa21, entry.terminated())));
            terminated += entry.terminated() ? 1 : 0;
        }
    }

    /** One shared placement per LSOA and terminated flag. */
    private int placement(String lsoa21, boolean isTerminated) {
        return placementIndex.computeIfAbsent((isTerminated ? "T:" : "L:") + lsoa21, k -> {
            if (placements.size() == SpineIndex.MAX_PLACEMENTS) {
                throw new IllegalStateException("more than " + SpineIndex.MAX_PLACEMENTS + " spine placements");
            }
            placements.add(Placement.onSpine(lsoa21, isTerminated));
            return placements.size() - 1;
        });
    }

    PostcodeDirectory build(DirectoryGeneration generation) {
        Conflicts conflicts = new Conflicts();
        long[] spineEntries = onePlacementEach(spine.sortedDistinct(), conflicts);
        long[] spineKeys = new long[spineEntries.length];
        for (int i = 0; i < spineKeys.length; i++) {
            spineKeys[i] = spineEntries[i] >>> SpineIndex.PLACEMENT_BITS;
        }
        long[] splitKeys = split.sortedDistinct();
        long[] pseudoKeys = pseudo.sortedDistinct();
        long[] elsewhereKeys = elsewhere.sortedDistinct();
        conflicts.countAcross(spineKeys, splitKeys, pseudoKeys, elsewhereKeys);
        PostcodeDirectory.Counts counts = new PostcodeDirectory.Counts(
                rows,
                spine.size(),
                terminated,
                pseudo.size(),
                elsewhere.size(),
                split.size(),
                unreadable,
                conflicts.postcodes);
        return new PostcodeDirectory(
                generation,
                new SpineIndex(spineEntries, placements.toArray(Placement[]::new)),
                splitKeys,
                pseudoKeys,
                elsewhereKeys,
                counts);
    }

    /**
     * One entry per postcode. A directory should list a postcode once; when it gives one postcode two
     * LSOAs, that is counted as a conflict and the live row beats a terminated one (the current
     * answer), else the first LSOA seen is kept, so the lookup stays deterministic.
     */
    private long[] onePlacementEach(long[] sorted, Conflicts conflicts) {
        int n = 0;
        long conflicted = -1;
        for (long entry : sorted) {
            long key = entry >>> SpineIndex.PLACEMENT_BITS;
            if (n == 0 || sorted[n - 1] >>> SpineIndex.PLACEMENT_BITS != key) {
                sorted[n++] = entry;
                continue;
            }
            Placement kept = placement(sorted[n - 1]);
            Placement other = placement(entry);
            if (!kept.lsoa21().equals(other.lsoa21()) && conflicted != key) {
                conflicted = key;
                conflicts.countIf(true);
            }
            if (kept.terminated() && !other.terminated()) {
                sorted[n - 1] = entry;
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private Placement placement(long entry) {
        return placements.get((int) (entry & (SpineIndex.MAX_PLACEMENTS - 1)));
    }

    /** Postcodes the directory puts in more than one place. */
    private static final class Conflicts {
        private long postcodes;

        void countIf(boolean conflicting) {
            postcodes += conflicting ? 1 : 0;
        }

        /**
         * Sorted key sets in the order the lookup tries them: a postcode of one set that a later set also
         * holds is a conflict (the earlier answer wins), counted once for that set.
         */
        void countAcross(long[]... sets) {
            for (int i = 0; i < sets.length; i++) {
                for (long key : sets[i]) {
                    countIf(inAnyFrom(sets, i + 1, key));
                }
            }
        }

        private static boolean inAnyFrom(long[][] sets, int from, long key) {
            for (int j = from; j < sets.length; j++) {
                if (Arrays.binarySearch(sets[j], key) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
