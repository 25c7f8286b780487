package london.observatory.source;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * One row of a source table as the source wrote it (text cells), with where it came from, so a bad
 * row can be quarantined with its file and line and a good one traced back.
 *
 * @param file  the landed file (and sheet, for a spreadsheet: {@code tables.ods#A1})
 * @param line  where the row starts: the line of a text file, the 1-based row of a sheet, or the
 *              1-based cell number of a JSON cube
 * @param cells   the row's cells, in the order of {@link SourceTable#header()}; a short row has fewer
 * @param problem why the reader already knows the row is bad (a CSV record cut short), or null; such a
 *                row is quarantined whatever its cells say
 */
public record SourceRow(String file, long line, List<String> cells, String problem) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public SourceRow(String file, long line, List<String> cells) {
        this(file, line, cells, null);
    }

    /** The cell at {@code position}, or null when the row is too short to have it. */
    public String cell(int position) {
        return position < cells.size() ? cells.get(position) : null;
    }

    /** The cell at {@code position} without surrounding spaces; empty when there is none (a short row, or -1). */
    public String text(int position) {
        String cell = position < 0 ? null : cell(position);
        return cell == null ? "" : cell.strip();
    }

    /** The row written back as one CSV line, for quarantine files. */
    public String raw() {
        return CSVFormat.RFC4180.format(cells.toArray());
    }
}
