package london.observatory.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.ParquetLayout;
import london.observatory.parquet.PartitionedObservationSink;
import london.observatory.parquet.SmallTables;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.table.TableSchema;
import london.observatory.testsupport.Fixtures;

/** Parquet trees for the release tests: feeds on a few LSOAs, the reference tables, and ways to compare releases. */
final class ReleaseFixture {

    static final String OPEN_FEED = "nomis-claimant-count";
    static final String RECORD_FEED = "camden-housing-register";
    static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    static final List<String> LSOAS = List.of("E01000001", "E01000002", "E01000003", "E01000004");

    private ReleaseFixture() {}

    static ReleasePublisher publisher() {
        return publisher(null);
    }

    /** A publisher making map boundaries from {@code lsoa21Boundaries} (null: none). */
    static ReleasePublisher publisher(Path lsoa21Boundaries) {
        return new ReleasePublisher(
                new DuckDbPublisher(),
                DisclosureControl.standard(),
                ReleasePublisher.DEFAULT_KEEP,
                Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneOffset.UTC),
                lsoa21Boundaries);
    }

    static Path release(Path dir, String id) {
        return new ReleaseLayout(dir).release(id);
    }

    /**
     * {@code months} months from {@code first}: each LSOA gets the feed's indicator (the record-derived feed has
     * {@code universal_credit}, every other {@code claimant_count}), valued {@code base} + its position; a
     * record-derived feed's rows carry cell keys from {@code cellKey}.
     */
    static void writeFeed(Path dir, String feed, LocalDate first, int months, double base, Long cellKey)
            throws IOException {
        writeFeed(
                dir,
                feed,
                feed.equals(RECORD_FEED) ? "universal_credit" : "claimant_count",
                first,
                months,
                base,
                cellKey);
    }

    static void writeFeed(
            Path dir, String feed, String indicator, LocalDate first, int months, double base, Long cellKey)
            throws IOException {
        List<Observation> rows = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            for (int a = 0; a < LSOAS.size(); a++) {
                String lsoa = LSOAS.get(a);
                Observation row = Observation.count(
                        indicator,
                        lsoa,
                        "lsoa21",
                        first.plusMonths(m),
                        "month",
                        base + a,
                        null,
                        null,
                        lsoa,
                        "lsoa21",
                        "direct",
                        "run-" + feed);
                rows.add(cellKey == null ? row : row.withCellKey((int) ((cellKey + a) % 256)));
            }
        }
        ObservationStore store = new ObservationStore(dir);
        try (PartitionedObservationSink sink = store.staging(feed, "run").openSink()) {
            sink.write(rows);
            sink.finish();
        }
        store.commit(feed, "run");
    }

    static void deletePartition(Path dir, String feed, String period) throws IOException {
        Path partition = new ParquetLayout(dir).feedDir(feed).resolve("period=" + period);
        try (Stream<Path> files = Files.list(partition)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(partition);
    }

    /** The areas (the LSOAs, their borough and London) and the two indicators, retitled in {@code version}. */
    static void writeReferenceTables(Path dir, int version) throws IOException {
        writeReferenceTables(dir, version, LSOAS);
    }

    static void writeReferenceTables(Path dir, int version, List<String> lsoas) throws IOException {
        writeReferenceTables(dir, version, lsoas, Map.of("claimant_count", OPEN_FEED, "universal_credit", RECORD_FEED));
    }

    /** The areas (the LSOAs, their borough and London) and each indicator of its feed, retitled in {@code version}. */
    static void writeReferenceTables(Path dir, int version, List<String> lsoas, Map<String, String> indicatorFeeds)
            throws IOException {
        List<Object[]> areas = new ArrayList<>();
        for (String lsoa : lsoas) {
            areas.add(new Object[] {lsoa, "Area " + lsoa, "lsoa21", null, null, "E09000001", "E12000007", 1500L, null});
        }
        areas.add(new Object[] {"E09000001", "City of London", "lad", null, null, null, "E12000007", 6000L, null});
        areas.add(new Object[] {"E12000007", "London", "region", null, null, null, null, 6000L, null});
        SmallTables tables = new SmallTables(new ParquetLayout(dir));
        tables.areas(areas);
        List<Object[]> indicators = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(indicatorFeeds.keySet())) {
            indicators.add(
                    Fixtures.indicatorRow(id, id + (version == 0 ? "" : " v" + version), indicatorFeeds.get(id)));
        }
        tables.indicators(indicators);
        tables.write(
                TableSchema.RUNS,
                new ParquetLayout(dir).runFile("run-" + version, OPEN_FEED),
                List.<Object[]>of(Fixtures.runRow(
                        "run-" + version, OPEN_FEED, Instant.parse("2024-06-01T02:00:00Z"), 10L, true)));
    }

    static void copyParquet(Path from, Path to) throws IOException {
        Path source = from.resolve("parquet");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target =
                        to.resolve("parquet").resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Every table and view whose rows differ between the two databases (as multisets), with the row counts. */
    static List<String> differences(Path a, Path b) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
            s.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
            List<String> objects = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = 'b'"
                    + " UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = 'b' AND NOT internal"
                    + " ORDER BY 1")) {
                while (r.next()) {
                    objects.add(r.getString(1));
                }
            }
            assertThat(objects).contains("observations", "observation_rollups", "data_dictionary");
            for (String object : objects) {
                try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM (FROM a." + object
                        + " EXCEPT ALL FROM b."
                        + object + ")) + (SELECT count(*) FROM (FROM b." + object + " EXCEPT ALL FROM a." + object
                        + ")), (SELECT count(*) FROM a." + object + "), (SELECT count(*) FROM b." + object + ")")) {
                    r.next();
                    if (r.getLong(1) != 0) {
                        differences.add(object + ": " + r.getLong(1) + " rows differ (" + r.getLong(2) + " against "
                                + r.getLong(3) + ")");
                    }
                }
            }
        }
        return differences;
    }

    static List<String> rows(Path database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("ATTACH '" + database + "' AS d (READ_ONLY)");
            s.execute("USE d");
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }
}
