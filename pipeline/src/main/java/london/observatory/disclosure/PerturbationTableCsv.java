package london.observatory.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The perturbation table's file format: {@code #} comment lines (two of them, {@code # version:} and
 * {@code # threshold:}, are read), a header, then one line per run of cell keys of one count that share a
 * perturbation. Every count from 0 up has keys 0 to 255, each exactly once, in order; {@code published}
 * repeats {@code count + perturbation} so that a reader of the file need not add.
 */
final class PerturbationTableCsv {

    static final String HEADER = "count,key_from,key_to,perturbation,published";

    private static final String PREAMBLE = """
            # Cell-key perturbation table of the London Social Evidence Observatory: README.md beside this file
            # explains its design, its zeros and how to make a new version.
            # A cell with true count `count` and cell key in key_from..key_to (inclusive, of 0-255) is published
            # as `published` = count + perturbation. A count above the largest count listed uses the largest
            # count's row: published = count + that row's perturbation for the cell key.
            """;

    private PerturbationTableCsv() {}

    static String write(PerturbationTable table) {
        StringBuilder out = new StringBuilder(PREAMBLE);
        out.append("# version: ").append(table.version()).append('\n');
        out.append("# threshold: ").append(table.designThreshold()).append('\n');
        out.append(HEADER).append('\n');
        for (int count = 0; count <= table.maxCount(); count++) {
            int[] row = table.row(count);
            int from = 0;
            for (int key = 1; key <= KeyedCount.KEYS; key++) {
                if (key == KeyedCount.KEYS || row[key] != row[from]) {
                    out.append(count)
                            .append(',')
                            .append(from)
                            .append(',')
                            .append(key - 1)
                            .append(',');
                    out.append(row[from]).append(',').append(count + row[from]).append('\n');
                    from = key;
                }
            }
        }
        return out.toString();
    }

    static PerturbationTable parse(String text, String source) {
        Reader reader = new Reader(source);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.line(lines[i].strip(), source + " line " + (i + 1) + ": ");
        }
        return reader.table();
    }

    /** Reads the lines in order, checking each count's cell keys run from 0 to 255 without gap or overlap. */
    private static final class Reader {
        private final String source;
        private final List<int[]> rows = new ArrayList<>();
        private String version;
        private Integer threshold;
        private boolean headerSeen;
        private int nextKey;

        Reader(String source) {
            this.source = source;
        }

        void line(String line, String where) {
            if (line.isEmpty()) {
                return;
            }
            if (line.startsWith("#")) {
                metadata(line.substring(1).strip(), where);
            } else if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(where + "expected the header " + HEADER + ", found " + line);
                }
                headerSeen = true;
            } else {
                row(line.split(",", -1), where);
            }
        }

        private void metadata(String comment, String where) {
            if (comment.startsWith("version:")) {
                version = comment.substring("version:".length()).strip();
            } else if (comment.startsWith("threshold:")) {
                threshold = parseInt(comment.substring("threshold:".length()), where);
            }
        }

        private void row(String[] cells, String where) {
            if (cells.length != 5) {
                throw new IllegalArgumentException(where + "expected 5 fields, found " + cells.length);
            }
            int count = parseInt(cells[0], where);
            int from = parseInt(cells[1], where);
            int to = parseInt(cells[2], where);
            int perturbation = parseInt(cells[3], where);
            startCountIfDue(count, where);
            if (from != nextKey || to < from || to >= KeyedCount.KEYS) {
                throw new IllegalArgumentException(where + "cell keys " + from + "-" + to + " of count " + count
                        + " should start at " + nextKey + " and end by 255");
            }
            if (parseInt(cells[4], where) != count + perturbation) {
                throw new IllegalArgumentException(where + "published " + cells[4] + " is not count " + count
                        + " plus perturbation " + perturbation);
            }
            Arrays.fill(rows.get(count), from, to + 1, perturbation);
            nextKey = to + 1;
        }

        private void startCountIfDue(int count, String where) {
            boolean due = rows.isEmpty() || nextKey == KeyedCount.KEYS;
            if (due && count != rows.size()) {
                throw new IllegalArgumentException(where + "expected count " + rows.size() + ", found " + count);
            }
            if (!due && count != rows.size() - 1) {
                throw new IllegalArgumentException(where + "count " + (rows.size() - 1) + " stops at cell key "
                        + (nextKey - 1) + " instead of 255");
            }
            if (due) {
                rows.add(new int[KeyedCount.KEYS]);
                nextKey = 0;
            }
        }

        PerturbationTable table() {
            if (version == null || threshold == null) {
                throw new IllegalArgumentException(source + ": needs a '# version:' and a '# threshold:' line");
            }
            if (rows.isEmpty() || nextKey != KeyedCount.KEYS) {
                throw new IllegalArgumentException(
                        source + ": the last count stops at cell key " + (nextKey - 1) + " instead of 255");
            }
            return new PerturbationTable(version, threshold, rows.toArray(new int[0][]));
        }
    }

    private static int parseInt(String text, String where) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "'" + text + "' is not a whole number");
        }
    }
}
