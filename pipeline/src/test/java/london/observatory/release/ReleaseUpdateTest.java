package london.observatory.release;

import static london.observatory.release.ReleaseFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.boundaries.BoundaryFiles;
import london.observatory.boundaries.SquareLsoas;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.disclosure.PerturbationTable;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;
import london.observatory.parquet.ParquetLayout;
import london.observatory.parquet.SmallTables;
import london.observatory.publish.DuckDbPublisher;
import london.observatory.publish.PublishException;
import london.observatory.publish.StorageVersion;
import london.observatory.table.TableSchema;
import london.observatory.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release starts from the previous release's databases and loads only what changed: the result is the same,
 * table by table and view by view, in the full and the open database, as a release built whole from the same
 * Parquet tree. Its map boundaries, made from the same inputs, are the previous release's copied.
 */
class ReleaseUpdateTest {

    private static FeedCatalog catalog;
    private static Geography geography;

    @TempDir
    Path dataDir;

    @TempDir
    Path wholeDir;

    @TempDir
    Path boundaryDir;

    @BeforeAll
    static void load() {
        catalog = FeedCatalog.load(Map.of());
        geography = RepoFiles.madeUpGeography();
    }

    @Test
    void anUpdatedReleaseEqualsOneBuiltWholeFromTheSameFiles() throws Exception {
        Path squares = SquareLsoas.write(boundaryDir.resolve("lsoas.geojson"), lsoas(geography));
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 2, 1.0, null);
        writeFeed(dataDir, RECORD_FEED, JAN, 2, 3.0, 7L);
        publisher(squares).publish(dataDir, "r1", catalog, geography);

        writeFeed(dataDir, OPEN_FEED, JAN.plusMonths(1), 2, 5.0, null); // February replaced, March added
        writeFeed(dataDir, RECORD_FEED, JAN, 1, 11.0, 200L); // January's case list changed
        deletePartition(dataDir, OPEN_FEED, "2024-01"); // a period the source no longer publishes
        writeReferenceTables(dataDir, 1); // an indicator renamed
        publisher(squares).publish(dataDir, "r2", catalog, geography);

        assertThat(BuiltFrom.of(release(dataDir, "r2"))).isPresent();
        assertThat(Files.readString(release(dataDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : \"r1\"");
        copyParquet(dataDir, wholeDir);
        publisher().publish(wholeDir, "r2", catalog, geography);
        assertThat(Files.readString(release(wholeDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : null", "\"boundaries\" : null"); // no boundary file, no boundaries
        assertThat(BoundaryFiles.dir(release(wholeDir, "r2"))).doesNotExist();
        // the map boundaries, made from the same file and spine, are the previous release's copied
        for (AreaLevel level : BoundaryFiles.LEVELS) {
            assertThat(Files.readAllBytes(BoundaryFiles.file(release(dataDir, "r2"), level)))
                    .isEqualTo(Files.readAllBytes(BoundaryFiles.file(release(dataDir, "r1"), level)));
        }
        assertThat(Files.readString(BoundaryFiles.dir(release(dataDir, "r2")).resolve("inputs.sha256")))
                .isEqualTo(Files.readString(
                        BoundaryFiles.dir(release(dataDir, "r1")).resolve("inputs.sha256")));

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

    /**
     * Each night adds a runs file (and a reconciliation file) per feed; a release adds their rows instead of reading
     * every night's files again, and the full database makes only the record-derived feed's again (the open one
     * holds its runs without counts): both still equal a whole build's, night after night.
     */
    @Test
    void nightsOfRunsAddedFileByFileEqualAWholeBuild() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        writeFeed(dataDir, RECORD_FEED, JAN, 1, 3.0, 7L);
        for (int night = 1; night <= 3; night++) {
            writeLineage(dataDir, "night-" + night, OPEN_FEED, night);
            writeLineage(dataDir, "night-" + night, RECORD_FEED, night);
            publisher().publish(dataDir, "r" + night, catalog, geography);
        }

        copyParquet(dataDir, wholeDir);
        publisher().publish(wholeDir, "r3", catalog, geography);
        assertThat(Files.readString(release(dataDir, "r3").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : \"r2\"");
        for (String database : List.of(ReleaseLayout.FULL, ReleaseLayout.OPEN)) {
            assertThat(differences(
                            release(dataDir, "r3").resolve(database),
                            release(wholeDir, "r3").resolve(database)))
                    .as(database)
                    .isEmpty();
        }
        String written = "SELECT count(rows_written) FROM runs WHERE feed = '" + RECORD_FEED + "'";
        assertThat(rows(release(dataDir, "r3").resolve(ReleaseLayout.FULL), written))
                .containsExactly("3");
        assertThat(rows(release(dataDir, "r3").resolve(ReleaseLayout.OPEN), written))
                .containsExactly("0");
        assertThat(rows(release(dataDir, "r3").resolve(ReleaseLayout.FULL), "SELECT count(*) FROM reconciliation"))
                .containsExactly("6");
    }

    /**
     * A night on which every feed was unchanged adds only runs: both databases are the previous release's with
     * those rows added, and the protected counts and rates that release made stay, not made again. A marked row in
     * the previous release shows which; once what they are made from changes (here the threshold), they are made
     * again, and equal a whole build's.
     */
    @Test
    void aNightThatOnlyAddedRunsKeepsWhatThePreviousReleaseMade() throws Exception {
        writeReferenceTables(dataDir, 0);
        writeFeed(dataDir, OPEN_FEED, JAN, 1, 1.0, null);
        writeFeed(dataDir, RECORD_FEED, JAN, 1, 3.0, 7L);
        writeLineage(dataDir, "night-1", RECORD_FEED, 1);
        publisher().publish(dataDir, "r1", catalog, geography);
        String marked = "SELECT count(*) FROM observations WHERE ci_upper = -1";
        for (String database : List.of(ReleaseLayout.FULL, ReleaseLayout.OPEN)) {
            mark(release(dataDir, "r1").resolve(database));
            assertThat(rows(release(dataDir, "r1").resolve(database), marked))
                    .containsExactly(String.valueOf(LSOAS.size()));
        }

        writeLineage(dataDir, "night-2", OPEN_FEED, 2);
        writeLineage(dataDir, "night-2", RECORD_FEED, 2);
        publisher().publish(dataDir, "r2", catalog, geography);

        assertThat(rows(release(dataDir, "r2").resolve(ReleaseLayout.OPEN), marked))
                .containsExactly(String.valueOf(LSOAS.size()));
        assertThat(rows(release(dataDir, "r2").resolve(ReleaseLayout.FULL), marked))
                .containsExactly(String.valueOf(LSOAS.size()));
        String runs = "SELECT count(*) FROM runs";
        assertThat(rows(release(dataDir, "r2").resolve(ReleaseLayout.FULL), runs))
                .containsExactly(String.valueOf(Long.parseLong(
                                rows(release(dataDir, "r1").resolve(ReleaseLayout.FULL), runs)
                                        .get(0))
                        + 2));
        assertThat(Files.readString(release(dataDir, "r2").resolve(ReleaseLayout.MANIFEST)))
                .contains("\"basedOn\" : \"r1\"");

        writeLineage(dataDir, "night-3", RECORD_FEED, 3);
        ReleasePublisher lowerThreshold = new ReleasePublisher(
                new DuckDbPublisher(),
                new DisclosureControl(PerturbationTable.load(DisclosureControl.DEFAULT_TABLE_VERSION), 5),
                ReleasePublisher.DEFAULT_KEEP,
                Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneOffset.UTC));
        lowerThreshold.publish(dataDir, "r3", catalog, geography);

        copyParquet(dataDir, wholeDir);
        lowerThreshold.publish(wholeDir, "r3", catalog, geography);
        for (String database : List.of(ReleaseLayout.FULL, ReleaseLayout.OPEN)) {
            assertThat(rows(release(dataDir, "r3").resolve(database), marked)).containsExactly("0");
            assertThat(differences(
                            release(dataDir, "r3").resolve(database),
                            release(wholeDir, "r3").resolve(database)))
                    .as(database)
                    .isEmpty();
        }
    }

    /**
     * Marks the record-derived feed's rows of a published database: its protected counts in the open database,
     * its exact counts and rates in the full one. Written into a fresh copy, so the marked file has no free blocks
     * (an update in place would leave the tiny file fragmented, and the next release would build it whole).
     */
    private static void mark(Path database) throws Exception {
        Path marked = database.resolveSibling("marked.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("ATTACH '" + database + "' AS published (READ_ONLY)");
            s.execute("ATTACH '" + marked + "' AS marked (STORAGE_VERSION '" + StorageVersion.WRITTEN + "')");
            s.execute("COPY FROM DATABASE published TO marked");
            s.execute("UPDATE marked.observations SET ci_upper = -1 WHERE feed = '" + RECORD_FEED + "'");
            s.execute("DETACH marked");
        }
        Files.move(marked, database, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A night's lineage of one feed, one file per table, as a run writes it. */
    private static void writeLineage(Path dir, String runId, String feed, long written) throws Exception {
        ParquetLayout layout = new ParquetLayout(dir);
        SmallTables tables = new SmallTables(layout);
        tables.write(
                TableSchema.RUNS,
                layout.runFile(runId, feed),
                List.<Object[]>of(Fixtures.runRow(runId, feed, Instant.parse("2024-06-01T02:00:00Z"), written, true)));
        tables.write(
                TableSchema.RECONCILIATION, layout.reconciliationFile(runId, feed), List.<Object[]>of(new Object[] {
                    runId, feed, "lsoa21", "matched", null, written, (double) written, null
                }));
    }

    private static List<String> lsoas(Geography geography) {
        return geography.areas(AreaLevel.LSOA21).stream().map(Area::code).toList();
    }
}
