package london.observatory.mapping;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A file's header as positions by (case-insensitive) column name, for the mapping to read cells by name. */
public final class BoundColumns {

    private final Map<String, Integer> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public BoundColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip(), i);
        }
    }

    /** Position of {@code column}, or -1 for a null name; the header check has already required the rest. */
    public int at(String column) {
        if (column == null) {
            return -1;
        }
        Integer position = byName.get(column);
        if (position == null) {
            throw new IllegalStateException("column " + column + " is not in the header " + byName.keySet());
        }
        return position;
    }
}
