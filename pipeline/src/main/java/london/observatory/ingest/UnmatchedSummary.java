package london.observatory.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import london.observatory.geography.Reconciliation;

/**
 * A reconciliation's largest unmatched reasons in one line, for the operator reading why a feed failed:
 * {@code 120 unknown-code (E05000026, E05000027, E05000028, …)}, then what the codes are when the
 * reconciliation was told ({@code E05000026 is a London ward of the 2002 boundaries …}).
 */
final class UnmatchedSummary {

    static final int REASONS = 3;
    static final int CODES = 3;

    private UnmatchedSummary() {}

    /** Empty when nothing was unmatched. */
    static String of(Reconciliation reconciliation) {
        List<Reconciliation.Line> unmatched = reconciliation.lines().stream()
                .filter(line -> "unmatched".equals(line.status()))
                .sorted(Comparator.comparingLong(Reconciliation.Line::records)
                        .reversed()
                        .thenComparing(Reconciliation.Line::reason))
                .limit(REASONS)
                .toList();
        List<String> parts = new ArrayList<>();
        for (Reconciliation.Line line : unmatched) {
            StringBuilder part =
                    new StringBuilder().append(line.records()).append(' ').append(line.reason());
            List<String> codes =
                    line.topCodes().stream().map(UnmatchedSummary::code).toList();
            if (!codes.isEmpty()) {
                part.append(" (")
                        .append(String.join(", ", codes.subList(0, Math.min(CODES, codes.size()))))
                        .append(codes.size() > CODES ? ", …)" : ")");
            }
            List<String> hints = reconciliation.hints(line.reason());
            if (!hints.isEmpty()) {
                part.append(": ").append(hints.get(0));
            }
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    /** A top code is written {@code E05000026 (40)}; the line shows the code alone. */
    private static String code(String topCode) {
        int count = topCode.lastIndexOf(" (");
        return count < 0 ? topCode : topCode.substring(0, count);
    }
}
