package london.observatory.release;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import london.observatory.boundaries.LevelFile;
import london.observatory.boundaries.ReleaseBoundaries;

/**
 * {@code release.json}: what a release is, for a person or a program choosing one to cite. {@code runs} are
 * the latest run of each feed in it, {@code sources} each feed's publisher, licence and source page, and
 * {@code sample} whether any value came from a sample recording (then they are synthetic), {@code boundaries}
 * the map boundary files per level ({@code boundaries/<level>.geojson.gz}), null when the release has none (no
 * boundary file was configured).
 */
public record ReleaseManifest(
        String id,
        Instant builtAt,
        String basedOn,
        boolean sample,
        Map<String, Long> tables,
        List<Run> runs,
        List<Source> sources,
        Disclosure disclosure,
        Search search,
        Boundaries boundaries) {

    public record Run(String feed, String runId, String outcome, boolean sample) {}

    public record Source(String feed, String publisher, String licence, String sourceUrl, String accessTier) {}

    public record Disclosure(String method, String tableVersion, String tableFingerprint, int threshold) {}

    public record Search(int indicators, int areas) {}

    /** Per level code: features, bytes (gzipped) and simplification tolerance in degrees. */
    public record Boundaries(String source, String fingerprint, Map<String, LevelFile> levels) {

        static Boundaries of(ReleaseBoundaries.Written written) {
            Map<String, LevelFile> levels = new LinkedHashMap<>();
            written.levels().forEach((level, file) -> levels.put(level.code(), file));
            return new Boundaries(written.source(), written.fingerprint(), levels);
        }
    }

    /** Reads the runs, sources and sample marker of the open database (what an open extract may cite). */
    static ReleaseManifest of(
            String id,
            Instant builtAt,
            String basedOn,
            Map<String, Long> tables,
            java.nio.file.Path openDatabase,
            Disclosure disclosure,
            Search search,
            Boundaries boundaries) {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + openDatabase, readOnly);
                Statement s = c.createStatement()) {
            List<Run> runs = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT feed, run_id, outcome, coalesce(sample, false) FROM runs"
                    + " QUALIFY row_number() OVER (PARTITION BY feed ORDER BY started_at DESC, run_id DESC) = 1"
                    + " ORDER BY feed")) {
                while (r.next()) {
                    runs.add(new Run(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4)));
                }
            }
            List<Source> sources = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT feed, any_value(publisher), any_value(licence),"
                    + " any_value(source_url), any_value(access_tier) FROM indicators GROUP BY feed ORDER BY feed")) {
                while (r.next()) {
                    sources.add(
                            new Source(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
            boolean sample = runs.stream().anyMatch(Run::sample);
            return new ReleaseManifest(
                    id, builtAt, basedOn, sample, tables, runs, sources, disclosure, search, boundaries);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + openDatabase + " for release.json: " + e.getMessage(), e);
        }
    }
}
