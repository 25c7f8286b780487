package london.observatory.connectors.fingertips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.source.CsvSourceTable;
import london.observatory.source.SchemaMismatchException;
import london.observatory.source.Snippet;
import london.observatory.source.SourceRow;
import london.observatory.source.SourceTable;

/**
 * A landed Fingertips {@code all_data/csv/by_indicator_id} file as a {@link SourceTable}, opened only
 * after its header has every {@link FingertipsColumn} (names matched case-insensitively, in any order).
 * A missing or renamed column fails the file with a {@link SchemaMismatchException} naming the feed,
 * the file and the column, before a single row is read.
 */
public final class FingertipsCsv implements SourceTable {

    private final String file;
    private final SourceTable table;
    private final Map<FingertipsColumn, Integer> positions;

    private FingertipsCsv(String file, SourceTable table, Map<FingertipsColumn, Integer> positions) {
        this.file = file;
        this.table = table;
        this.positions = positions;
    }

    /** Opens {@code file} (encoding detected: Fingertips writes UTF-8) and checks its header. */
    public static FingertipsCsv open(String feedId, Path file) throws IOException {
        return open(feedId, file, null);
    }

    /** Opens {@code file} in {@code encoding} ({@code null} or {@code auto}: detect) and checks its header. */
    public static FingertipsCsv open(String feedId, Path file, String encoding) throws IOException {
        return open(feedId, file, encoding, null);
    }

    /**
     * Opens {@code file} for a reader that needs only the {@code needed} columns ({@code null}: all), so
     * records may leave off trailing columns outside them, as real downloads do with {@code Compared to goal}.
     */
    public static FingertipsCsv open(String feedId, Path file, String encoding, Collection<String> needed)
            throws IOException {
        SourceTable table;
        try {
            table = CsvSourceTable.open(file, encoding, needed);
        } catch (IllegalArgumentException e) { // Commons CSV refuses a repeated column name
            throw new SchemaMismatchException(
                    feedId + ": " + file.getFileName() + " has an unreadable header: " + e.getMessage());
        }
        try {
            return new FingertipsCsv(file.getFileName().toString(), table, positions(feedId, file, table.header()));
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    static Map<FingertipsColumn, Integer> positions(String feedId, Path file, List<String> header) {
        Map<String, Integer> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (byName.putIfAbsent(name, i) != null && !FingertipsColumn.isComparison(name)) {
                throw mismatch(feedId, file, "has column " + name + " twice", header);
            }
        }
        Map<FingertipsColumn, Integer> positions = new EnumMap<>(FingertipsColumn.class);
        for (FingertipsColumn column : FingertipsColumn.values()) {
            Integer position = column == FingertipsColumn.COMPARED_TO_PARENT
                    ? parentComparison(header, byName.get(FingertipsColumn.COMPARED_TO_ENGLAND.header()))
                    : byName.get(column.header());
            if (position != null) {
                positions.put(column, position);
            } else if (!column.optional()) {
                throw mismatch(feedId, file, "has no column " + column.header(), header);
            }
        }
        return positions;
    }

    private static SchemaMismatchException mismatch(String feedId, Path file, String problem, List<String> header) {
        return new SchemaMismatchException(String.format(
                Locale.ROOT,
                "%s: %s %s (header: %s)",
                feedId,
                file.getFileName(),
                problem,
                Snippet.of(String.join(",", header))));
    }

    /** The first {@code Compared to … percentiles} column that is not England's. */
    private static Integer parentComparison(List<String> header, Integer england) {
        for (int i = 0; i < header.size(); i++) {
            if (FingertipsColumn.isComparison(header.get(i)) && (england == null || i != england)) {
                return i;
            }
        }
        return null;
    }

    /** Where {@code column} is in each row, or -1 for an optional column the file lacks. */
    public int position(FingertipsColumn column) {
        return positions.getOrDefault(column, -1);
    }

    public boolean has(FingertipsColumn column) {
        return positions.containsKey(column);
    }

    /** The name the file gives {@code column} (for the parent comparison: which parent it is). */
    public String headerOf(FingertipsColumn column) {
        int position = position(column);
        return position < 0 ? null : table.header().get(position);
    }

    public String file() {
        return file;
    }

    @Override
    public List<String> header() {
        return table.header();
    }

    @Override
    public SourceRow next() throws IOException {
        return table.next();
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
