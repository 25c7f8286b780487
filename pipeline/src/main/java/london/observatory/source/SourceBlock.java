package london.observatory.source;

import java.util.List;

/**
 * Consecutive rows of one source table with that table's header: the unit a table feed's ingest step
 * reads, maps and writes, so the framework's per-item cost is paid per block, not per row.
 */
public record SourceBlock(List<String> header, List<SourceRow> rows) {

    public SourceBlock {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
