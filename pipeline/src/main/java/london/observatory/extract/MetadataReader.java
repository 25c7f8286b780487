package london.observatory.extract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an extract's lineage from the database: the {@code about} view (when it was built, whether from sample
 * recordings) and the {@code runs} of the feeds that wrote the chosen indicators' published observations. Needs
 * the request's temporary tables ({@link RequestTables}).
 */
final class MetadataReader {

    private static final String ABOUT =
            "SELECT sample, note, strftime(last_run_finished_at, '%Y-%m-%dT%H:%M:%SZ') FROM about";
    private static final String RUNS = """
            SELECT o.feed, o.run_id, coalesce(r.sample, false), strftime(r.finished_at, '%Y-%m-%dT%H:%M:%SZ'),
                   r.source_url, strftime(r.expected_next_release, '%Y-%m-%d')
            FROM (SELECT DISTINCT feed, run_id FROM observations
                  WHERE indicator_id IN (SELECT id FROM extract_indicator)) o
            LEFT JOIN runs r ON r.feed = o.feed AND r.run_id = o.run_id
            ORDER BY o.feed, o.run_id
            """;

    private MetadataReader() {}

    static ExtractMetadata read(ExtractDatabase database, ValidRequest request, ExtractSource source)
            throws SQLException {
        List<ExtractMetadata.RunInfo> runs = new ArrayList<>();
        boolean sample = false;
        String note;
        String builtAt;
        try (Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery(RUNS)) {
            while (rows.next()) {
                var run = new ExtractMetadata.RunInfo(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getBoolean(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6));
                runs.add(run);
                sample |= run.sample();
            }
        }
        try (Statement statement = database.connection().createStatement();
                ResultSet about = statement.executeQuery(ABOUT)) {
            about.next();
            // An extract of no sample feed is not sample data, even from a database that also holds some.
            sample = runs.isEmpty() ? about.getBoolean(1) : sample;
            note = about.getString(2);
            builtAt = about.getString(3);
        }
        return new ExtractMetadata(
                request, source.releaseId(), builtAt, sample, sample ? note : null, runs, source.disclosureRules());
    }
}
