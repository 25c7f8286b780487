package london.observatory.geography.postcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sorts directory rows into the three kinds the lookup tells apart: on the spine (kept with LSOA and
 * terminated flag), pseudo (no LSOA 2021) and elsewhere (a real LSOA, not London's). Only spine rows
 * carry data; the others are kept as bare packed keys so they can still be reported for what they are.
 */
final class DirectoryBuilder {

    private final Predicate<String> onSpine;
    private final LongList spine = new LongList();
    private final LongList pseudo = new LongList();
    private final LongList elsewhere = new LongList();
    private final Map<String, Integer> placementIndex = new HashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private long rows;
    private long unreadable;
    private long terminated;

    DirectoryBuilder(Predicate<String> onSpine) {
        this.onSpine = onSpine;
    }

    void add(DirectoryEntry entry) {
        rows++;
        Postcode postcode = Postcode.parse(entry.postcode());
        if (postcode == null) {
            unreadable++; // a directory row without a usable postcode can never be looked up
            return;
        }
        long key = postcode.packed();
        if (entry.hasPseudoLsoa21()) {
            pseudo.add(key);
        } else if (onSpine.test(entry.lsoa21())) {
            spine.add(SpineIndex.entry(key, placement(entry.lsoa21(), entry.terminated())));
            terminated += entry.terminated() ? 1 : 0;
        } else {
            elsewhere.add(key);
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
        long[] pseudoKeys = pseudo.sortedDistinct();
        long[] elsewhereKeys = elsewhere.sortedDistinct();
        Conflicts conflicts = new Conflicts();
        long[] spineEntries = onePlacementEach(spine.sortedDistinct(), conflicts);
        for (long entry : spineEntries) {
            long key = entry >>> SpineIndex.PLACEMENT_BITS;
            conflicts.countIf(
                    Arrays.binarySearch(pseudoKeys, key) >= 0 || Arrays.binarySearch(elsewhereKeys, key) >= 0);
        }
        for (long key : pseudoKeys) {
            conflicts.countIf(Arrays.binarySearch(elsewhereKeys, key) >= 0);
        }
        PostcodeDirectory.Counts counts = new PostcodeDirectory.Counts(
                rows, spine.size(), terminated, pseudo.size(), elsewhere.size(), unreadable, conflicts.postcodes);
        return new PostcodeDirectory(
                generation,
                new SpineIndex(spineEntries, placements.toArray(Placement[]::new)),
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
    }
}
