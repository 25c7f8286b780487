package london.observatory.parquet;

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

    Binary get(String value) {
        if (value.length() > MAX_LENGTH) {
            return Binary.fromString(value);
        }
        Binary binary = cache.get(value);
        if (binary == null) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            binary = Binary.fromString(value);
            cache.put(value, binary);
        }
        return binary;
    }
}
