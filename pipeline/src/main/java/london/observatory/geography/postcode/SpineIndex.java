package london.observatory.geography.postcode;

/**
 * Postcodes on the spine, each with its placement, in one sorted {@code long[]}: the packed postcode
 * (37 bits) in the high bits and the index of its {@link Placement} in the low {@value #PLACEMENT_BITS}.
 * Eight bytes a postcode instead of a map entry, two boxed keys and a string (~100 bytes), and a binary
 * search over a flat array is as fast as hashing for a few hundred thousand keys. Immutable, so any number
 * of threads may read it.
 */
final class SpineIndex {

    /** 37 + 26 = 63 bits: entries stay positive, so signed order is key order. */
    static final int PLACEMENT_BITS = 26;

    static final int MAX_PLACEMENTS = 1 << PLACEMENT_BITS;
    private static final long PLACEMENT_MASK = MAX_PLACEMENTS - 1;

    private final long[] entries;
    private final Placement[] placements;

    /** {@code entries} from {@link #entry}, sorted ascending. */
    SpineIndex(long[] entries, Placement[] placements) {
        this.entries = entries;
        this.placements = placements;
    }

    static long entry(long packedPostcode, int placement) {
        return packedPostcode << PLACEMENT_BITS | placement;
    }

    /** The placement of the postcode, or null if it is not on the spine. */
    Placement find(long packedPostcode) {
        long lowest = packedPostcode << PLACEMENT_BITS;
        int lo = 0;
        int hi = entries.length - 1;
        while (lo <= hi) { // first entry >= lowest
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < lowest) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < entries.length && entries[lo] >>> PLACEMENT_BITS == packedPostcode) {
            return placements[(int) (entries[lo] & PLACEMENT_MASK)];
        }
        return null;
    }

    int size() {
        return entries.length;
    }
}
