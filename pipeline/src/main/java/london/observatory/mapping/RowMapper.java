package london.observatory.mapping;

import java.util.List;
import london.observatory.observation.Observation;
import london.observatory.source.SourceRow;

/** Turns rows of a landed source table into observations. One per worker. */
public interface RowMapper {

    /** Reads the following rows by this header's positions. */
    RowMapper bind(List<String> header);

    /** Adds the row's observations to {@code out}; returns why the row is bad, or null. */
    String map(SourceRow row, List<Observation> out);

    /** The line to quarantine a bad row under: where it starts in the file as the source delivered it. */
    default long sourceLine(SourceRow row) {
        return row.line();
    }
}
