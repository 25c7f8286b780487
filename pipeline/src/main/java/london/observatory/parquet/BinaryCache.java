package london.observatory.parquet;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.io.api.Binary;

/**
 * Reuses the UTF-8 {@link Binary} of short strings that repeat on nearly every row (indicator ids,
 * levels, methods, run ids): saves an encode and two allocations per value on the hot path.
 * Bounded so that a binder caching a high-cardinality column by mistake cannot exhaust memory.
 */
final class BinaryCache {

    private static final int MAX_ENTRIES = 4096;
    private static final int MAX_LENGTH = 64;

    private final Map<String, Binary> cache = new HashMap<>();
    // The last string seen per column: the same instance usually comes back on the next row (a run id,
    // an indicator id), and an identity check is far cheaper than a hash lookup.
    private final String[] lastString;
    private final Binary[] lastBinary;

    BinaryCache(int columns) {
        lastString = new String[columns];
        lastBinary = new Binary[columns];
    }

    Binary get(int column, String value) {
        if (lastString[column] == value) {
            return lastBinary[column];
        }
        Binary binary = get(value);
        lastString[column] = value;
        lastBinary[column] = binary;
        return binary;
    }

    /**
     * UTF-8 bytes in an array-backed Binary. {@code Binary.fromString} gives a ByteBuffer-backed one, whose
     * hashCode and comparisons (run per value by the dictionary and statistics) go byte by byte through the
     * buffer; profiled at over 10% of ingest time.
     */
    static Binary utf8(String value) {
        return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
    }

    Binary get(String value) {
        if (value.length() > MAX_LENGTH) {
            return utf8(value);
        }
        Binary binary = cache.get(value);
        if (binary == null) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            binary = utf8(value);
            cache.put(value, binary);
        }
        return binary;
    }
}
