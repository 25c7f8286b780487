package london.observatory.disclosure;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts records and sums their keys per cell (LSOA × indicator × period, or whatever the caller's cell
 * type {@code C} is) as they are read. Shared by a feed's workers, hence synchronised.
 */
public final class KeyedCounts<C> {

    private final Map<C, KeyedCount> cells = new HashMap<>();

    /** One record, carrying the key it was given at landing, counted in {@code cell}. */
    public synchronized void add(C cell, int recordKey) {
        cells.put(cell, cells.getOrDefault(cell, KeyedCount.EMPTY).plus(recordKey));
    }

    /** Another worker's partial count of the same cell. */
    public synchronized void add(C cell, KeyedCount partial) {
        cells.put(cell, cells.getOrDefault(cell, KeyedCount.EMPTY).plus(partial));
    }

    /** The cells counted so far; a cell never counted is {@link KeyedCount#EMPTY}. */
    public synchronized Map<C, KeyedCount> snapshot() {
        return Map.copyOf(cells);
    }
}
