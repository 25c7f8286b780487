package london.observatory.extract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.fetch.UrlMasker;

/**
 * What every extract of one published database reads alike: the catalogue, the vocabularies, which feeds' runs wrote
 * each indicator's published observations, and the {@code about} row. A published database never changes, so an
 * {@link Extractor} reads them once; two of them scan every observation, which was most of a small extract's time.
 */
record DatabaseFacts(
        Catalogue catalogue,
        Vocabularies vocabularies,
        Map<String, List<ExtractMetadata.RunInfo>> runsByIndicator,
        About about) {

    /** When the database was built (its last run), and whether from sample recordings, with the note saying so. */
    record About(boolean sample, String note, String builtAt) {}

    private static final String ABOUT =
            "SELECT sample, note, strftime(last_run_finished_at, '%Y-%m-%dT%H:%M:%SZ') FROM about";
    private static final String RUNS = """
            SELECT o.indicator_id, o.feed, o.run_id, coalesce(r.sample, false),
                   strftime(r.finished_at, '%Y-%m-%dT%H:%M:%SZ'), r.source_url,
                   strftime(r.expected_next_release, '%Y-%m-%d')
            FROM (SELECT DISTINCT indicator_id, feed, run_id FROM observations) o
            LEFT JOIN runs r ON r.feed = o.feed AND r.run_id = o.run_id
            ORDER BY o.indicator_id, o.feed, o.run_id
            """;

    static DatabaseFacts read(ExtractDatabase database) throws SQLException {
        Map<String, List<ExtractMetadata.RunInfo>> runs = new HashMap<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery(RUNS)) {
            while (rows.next()) {
                runs.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(new ExtractMetadata.RunInfo(
                                rows.getString(2),
                                rows.getString(3),
                                rows.getBoolean(4),
                                rows.getString(5),
                                // masked again on the way out: a database published before URLs were masked may hold
                                // one
                                UrlMasker.mask(rows.getString(6)),
                                rows.getString(7)));
            }
        }
        About about;
        try (Statement statement = database.connection().createStatement();
                ResultSet row = statement.executeQuery(ABOUT)) {
            row.next();
            about = new About(row.getBoolean(1), row.getString(2), row.getString(3));
        }
        runs.replaceAll((id, list) -> List.copyOf(list));
        return new DatabaseFacts(Catalogue.load(database), Vocabularies.read(database), Map.copyOf(runs), about);
    }

    /** The runs the indicators' observations came from, each once, in order of feed and run. */
    List<ExtractMetadata.RunInfo> runsOf(List<String> indicatorIds) {
        Map<String, ExtractMetadata.RunInfo> byFeedAndRun = new TreeMap<>();
        for (String id : indicatorIds) {
            for (ExtractMetadata.RunInfo run : runsByIndicator.getOrDefault(id, List.of())) {
                byFeedAndRun.putIfAbsent(run.feed() + '\u0000' + run.runId(), run);
            }
        }
        return List.copyOf(byFeedAndRun.values());
    }
}
