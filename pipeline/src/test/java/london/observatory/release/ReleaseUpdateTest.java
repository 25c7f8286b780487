package london.observatory.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import london.observatory.RepoFiles;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.geography.Geography;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.ParquetLayout;
import london.observatory.parquet.PartitionedObservationSink;
import london.observatory.parquet.SmallTables;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.PublishException;
import london.observatory.table.TableSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release starts from the previous release's databases and loads only what changed: the result is the same,
 * table by table and view by view, in the full and the open database, as a release built whole from the same
 * Parquet tree.
 */
class ReleaseUpdateTest {

    private static final String OPEN_FEED = "nomis-claimant-count";
    private static final String RECORD_FEED = "camden-housing-register";
    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final List<String> LSOAS = List.of("E01000001", "E01000002", "E01000003", "E01000004");

    private static FeedCatalog catalog;
    private static Geography geography;

    @TempDir
    Path dataDir;

    @TempDir
    Path wholeDir;

    @BeforeAll
    static void load() {
        catalog = FeedCatalog.load(Map.of());
        geography = RepoFiles.madeUpGeography();
    }

    @Test
    void anUpdatedReleaseEqualsOneBuiltWholeFromTheSameFiles() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 2, 1.0, null);
        writeFeed(dataDir, RECORD_FEED, JAN, 2, 3.0, 7L);
        publisher().publish(dataDir, "r1", catalog, geography);

        writeFeed(dataDir, OPEN_FEED, JAN.plusMonths(1), 2, 5.0, null); // February replaced, March added
        writeFeed(dataDir, RECORD_FEED, JAN, 1, 11.0, 200L); // January's case list changed
        deletePartition(dataDir, OPEN_FEED, "2024-01"); // a period the source no longer publishes
        writeReferenceTables(dataDir, 1); // an indicator renamed
        publisher().publish(dataDir, "r2", catalog, geography);

        assertThat(BuiltFrom.of(release(dataDir, "r2"))).isPresent();
        assertThat(Files.readString(release(dataDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : \"r1\"");
        copyParquet(dataDir, wholeDir);
        publisher().publish(wholeDir, "r2", catalog, geography);
        assertThat(Files.readString(release(wholeDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : null");

        for (String database : List.of(ReleaseLayout.FULL, ReleaseLayout.OPEN)) {
            assertThat(differences(
                            release(dataDir, "r2").resolve(database),
                            release(wholeDir, "r2").resolve(database)))
                    .as(database)
                    .isEmpty();
        }
        assertThat(rows(
                        release(dataDir, "r2").resolve(ReleaseLayout.FULL),
                        "SELECT DISTINCT period FROM" + " observations WHERE feed = '" + OPEN_FEED + "' ORDER BY 1"))
                .containsExactly("2024-02", "2024-03");
        assertThat(rows(
                        release(dataDir, "r2").resolve(ReleaseLayout.FULL),
                        "SELECT title FROM indicators" + " WHERE id = 'claimant_count'"))
                .containsExactly("claimant_count v1");
    }

    @Test
    void aChangedPartitionThatDuplicatesAKeyOfAnUnchangedOneFailsAsAWholeBuildDoes() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        publisher().publish(dataDir, "r1", catalog, geography);
        writeFeed(dataDir, "nomis-census-ts001", JAN, 1, 2.0, null); // the same indicators, areas and month

        assertThatThrownBy(() -> publisher().publish(dataDir, "r2", catalog, geography))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("observations.key_unique(indicator_id,area_code,period_start,period_type) "
                        + "failed: 4 offending");
        assertThat(new ReleaseLayout(dataDir).ids()).containsExactly("r1");
    }

    @Test
    void anAreaDroppedFromTheGeographyFailsAnUpdateThatLeavesItsObservationsInPlace() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        publisher().publish(dataDir, "r1", catalog, geography);
        writeReferenceTables(dataDir, 0, LSOAS.subList(0, 3)); // the observations of the fourth are unchanged

        assertThatThrownBy(() -> publisher().publish(dataDir, "r2", catalog, geography))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("observations.area_code_in_areas.code failed: 1 offending, e.g. "
                        + "(area_code=E01000004 n_rows=1)");
        assertThat(new ReleaseLayout(dataDir).ids()).containsExactly("r1");
    }

    @Test
    void anUpdatedDatabaseKeepsTheStorageVersionAnalystsClientsRead() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        publisher().publish(dataDir, "r1", catalog, geography);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 2.0, null);
        publisher().publish(dataDir, "r2", catalog, geography);

        for (String database : List.of(ReleaseLayout.FULL, ReleaseLayout.OPEN)) {
            // the main header: a checksum, DUCK, then the storage version number, 67 for v1.4.0
            try (var in = Files.newInputStream(release(dataDir, "r2").resolve(database))) {
                ByteBuffer header = ByteBuffer.wrap(in.readNBytes(20)).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(header.getLong(12)).as(database).isEqualTo(67L);
            }
        }
    }

    @Test
    void aReleaseWithoutItsBuiltFromFileIsFollowedByAWholeBuild() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        publisher().publish(dataDir, "r1", catalog, geography);
        Files.delete(release(dataDir, "r1").resolve(BuiltFrom.FILE));

        publisher().publish(dataDir, "r2", catalog, geography);

        assertThat(Files.readString(release(dataDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : null");
        assertThat(rows(release(dataDir, "r2").resolve(ReleaseLayout.FULL), "SELECT count(*) FROM observations"))
                .containsExactly(String.valueOf(LSOAS.size()));
    }

    private static ReleasePublisher publisher() {
        return new ReleasePublisher(
                new DuckDbPublisher(),
                DisclosureControl.standard(),
                ReleasePublisher.DEFAULT_KEEP,
                Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneOffset.UTC));
    }

    private static Path release(Path dir, String id) {
        return new ReleaseLayout(dir).release(id);
    }

    /**
     * {@code months} months from {@code first}: each LSOA gets the feed's indicator (the record-derived feed has
     * {@code universal_credit}, every other {@code claimant_count}), valued {@code base} + its position; a
     * record-derived feed's rows carry cell keys from {@code cellKey}.
     */
    private static void writeFeed(Path dir, String feed, LocalDate first, int months, double base, Long cellKey)
            throws IOException {
        List<Observation> rows = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            for (int a = 0; a < LSOAS.size(); a++) {
                {
                    rows.add(new Observation(
                            feed.equals(RECORD_FEED) ? "universal_credit" : "claimant_count",
                            LSOAS.get(a),
                            "lsoa21",
                            first.plusMonths(m),
                            "month",
                            base + a,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            LSOAS.get(a),
                            "lsoa21",
                            "direct",
                            "run-" + feed,
                            cellKey == null ? null : (cellKey + a) % 256));
                }
            }
        }
        ObservationStore store = new ObservationStore(dir);
        try (PartitionedObservationSink sink = store.staging(feed, "run").openSink()) {
            sink.write(rows);
            sink.finish();
        }
        store.commit(feed, "run");
    }

    private static void deletePartition(Path dir, String feed, String period) throws IOException {
        Path partition = new ParquetLayout(dir).feedDir(feed).resolve("period=" + period);
        try (Stream<Path> files = Files.list(partition)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(partition);
    }

    /** The areas (the LSOAs, their borough and London) and the two indicators, retitled in {@code version}. */
    private static void writeReferenceTables(Path dir, int version) throws IOException {
        writeReferenceTables(dir, version, LSOAS);
    }

    private static void writeReferenceTables(Path dir, int version, List<String> lsoas) throws IOException {
        List<Object[]> areas = new ArrayList<>();
        for (String lsoa : lsoas) {
            areas.add(new Object[] {lsoa, "Area " + lsoa, "lsoa21", null, null, "E09000001", "E12000007", 1500L, null});
        }
        areas.add(new Object[] {"E09000001", "City of London", "lad", null, null, null, "E12000007", 6000L, null});
        areas.add(new Object[] {"E12000007", "London", "region", null, null, null, null, 6000L, null});
        SmallTables tables = new SmallTables(new ParquetLayout(dir));
        tables.areas(areas);
        List<Object[]> indicators = new ArrayList<>();
        for (String id : List.of("claimant_count", "universal_credit")) {
            indicators.add(new Object[] {
                id,
                id + (version == 0 ? "" : " v" + version),
                "jobs",
                "d",
                "count",
                "count",
                null,
                "nomis",
                "ONS",
                "OGL",
                "https://example.org",
                "lsoa21",
                "monthly",
                "Monthly",
                "open",
                null,
                id.equals("claimant_count") ? OPEN_FEED : RECORD_FEED
            });
        }
        tables.indicators(indicators);
        tables.write(
                TableSchema.RUNS,
                new ParquetLayout(dir).runFile("run-" + version, OPEN_FEED),
                List.<Object[]>of(new Object[] {
                    "run-" + version,
                    OPEN_FEED,
                    Instant.parse("2024-06-01T02:00:00Z"),
                    Instant.parse("2024-06-01T02:05:00Z"),
                    "ingested",
                    null,
                    null,
                    null,
                    null,
                    100L,
                    10L,
                    0L,
                    null,
                    null,
                    true
                }));
    }

    private static void copyParquet(Path from, Path to) throws IOException {
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
    private static List<String> differences(Path a, Path b) throws SQLException {
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

    private static List<String> rows(Path database, String sql) throws SQLException {
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
