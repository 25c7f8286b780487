package london.observatory.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.source.SourceRow;

/**
 * Column → accepted values rules from a descriptor ({@code keep}, {@code skip}, {@code where}), resolved to
 * positions in one header. Cells are compared without surrounding spaces.
 */
public final class RowRules {

    private final Map<Integer, List<String>> byPosition = new LinkedHashMap<>();

    public RowRules(Map<String, List<String>> rules, BoundColumns columns) {
        rules.forEach((column, values) -> byPosition.put(columns.at(column), List.copyOf(values)));
    }

    /** Every rule's column holds one of its values (true when there are no rules). */
    public boolean allMatch(SourceRow row) {
        for (Map.Entry<Integer, List<String>> rule : byPosition.entrySet()) {
            if (!rule.getValue().contains(row.text(rule.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Some rule's column holds one of its values (false when there are no rules). */
    public boolean anyMatch(SourceRow row) {
        for (Map.Entry<Integer, List<String>> rule : byPosition.entrySet()) {
            if (rule.getValue().contains(row.text(rule.getKey()))) {
                return true;
            }
        }
        return false;
    }
}
