package london.observatory.geography.postcode;

import java.util.ArrayList;
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
        PostcodeDirectory.Counts counts = new PostcodeDirectory.Counts(rows, spine.size(), terminated,
                pseudo.size(), elsewhere.size(), unreadable);
        return new PostcodeDirectory(generation,
                new SpineIndex(spine.sortedDistinct(), placements.toArray(Placement[]::new)),
                pseudo.sortedDistinct(), elsewhere.sortedDistinct(), counts);
    }
}
