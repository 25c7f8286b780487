package london.observatory.disclosure;

/**
 * A cell's true count of records and its cell key: the sum of its records' keys modulo 256. An empty cell
 * has count 0 and key 0 (the empty sum). Adding records in any order, or merging the partial counts of
 * several workers, gives the same cell key, because addition modulo 256 does not care about order.
 */
public record KeyedCount(long count, int cellKey) {

    public static final int KEYS = 256;

    public static final KeyedCount EMPTY = new KeyedCount(0, 0);

    public KeyedCount {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        checkKey(cellKey);
        if (count == 0 && cellKey != 0) {
            throw new IllegalArgumentException("an empty cell has cell key 0, not " + cellKey);
        }
    }

    /** This cell with one more record, whose record key is {@code recordKey}. */
    public KeyedCount plus(int recordKey) {
        checkKey(recordKey);
        return new KeyedCount(count + 1, (cellKey + recordKey) % KEYS);
    }

    /** The cell made of this cell's records and the other's (two workers' partial counts, say). */
    public KeyedCount plus(KeyedCount other) {
        return new KeyedCount(Math.addExact(count, other.count), (cellKey + other.cellKey) % KEYS);
    }

    static void checkKey(int key) {
        if (key < 0 || key >= KEYS) {
            throw new IllegalArgumentException("a record or cell key is 0 to 255, not " + key);
        }
    }
}
