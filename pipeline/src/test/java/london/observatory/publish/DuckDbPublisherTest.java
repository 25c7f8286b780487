package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import london.observatory.observation.Observation;
import london.observatory.parquet.ObservationStore;
import london.observatory.parquet.ParquetLayout;
import london.observatory.parquet.PartitionedObservationSink;
import london.observatory.parquet.SmallTables;
import london.observatory.table.TableSchema;
import london.observatory.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbPublisherTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

    @TempDir
    Path dataDir;

    private final DuckDbPublisher publisher = new DuckDbPublisher();

    @Test
    void publishesTheTablesWithExactCountsAndPartitionColumns() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        writeFeed(store, "feed-a", Fixtures.observations(JAN, 2, 50, "run-1"));

        PublishResult result = publisher.publish(dataDir);

        assertThat(result.rowCounts())
                .isEqualTo(Map.of(
                        "areas",
                        47L,
                        "indicators",
                        2L,
                        "observations",
                        100L,
                        "runs",
                        1L,
                        "reconciliation",
                        0L,
                        "ward_best_fit",
                        0L));
        assertThat(Files.exists(dataDir.resolve("observatory.duckdb.next"))).isFalse();
        assertThat(
                        Fixtures.queryRowReadOnly(
                                result.database(),
                                "SELECT count(*), sum(value), min(period), max(period), "
                                        + "any_value(feed), typeof(any_value(period)), (SELECT epoch_us(started_at) FROM runs) FROM observations"))
                .containsExactly(
                        "100",
                        String.valueOf(Fixtures.expectedSum(100)),
                        "2024-01",
                        "2024-02",
                        "feed-a",
                        "VARCHAR",
                        "1717207200123456");
    }

    /**
     * DuckDB reads every path it is given as a glob: a data directory named {@code data[1]*x{a}} once read the
     * Parquet of a sibling {@code data1-sibling-x{a}} (which the pattern matches) and not its own.
     */
    @Test
    void aDataDirectoryNamedWithGlobCharactersPublishesExactlyItsOwnRows(@TempDir Path parent) throws Exception {
        dataDir = parent.resolve("data1-sibling-x{a}");
        writeFeed(new ObservationStore(dataDir), "feed-sibling", Fixtures.observations(JAN, 1, 7, "run-1"));
        dataDir = parent.resolve("data[1]*x{a}");
        writeFeed(new ObservationStore(dataDir), "feed-a", Fixtures.observations(JAN, 2, 50, "run-1"));

        PublishResult result = publisher.publish(dataDir);

        assertThat(result.rowCounts()).containsEntry("observations", 100L).containsEntry("runs", 1L);
        assertThat(Fixtures.queryRowReadOnly(
                        result.database(),
                        "SELECT (SELECT string_agg(DISTINCT feed) FROM observations), (SELECT string_agg(feed) FROM runs),"
                                + " (SELECT string_agg(DISTINCT feed) FROM indicators)"))
                .containsExactly("feed-a", "feed-a", "feed-a");
    }

    @Test
    void anEmptyDataDirectoryPublishesEmptyTables() {
        PublishResult result = publisher.publish(dataDir);
        assertThat(result.rowCounts())
                .isEqualTo(Map.of(
                        "areas",
                        0L,
                        "indicators",
                        0L,
                        "observations",
                        0L,
                        "runs",
                        0L,
                        "reconciliation",
                        0L,
                        "ward_best_fit",
                        0L));
    }

    @Test
    void aDuplicateKeyAcrossFeedsFailsAndKeepsTheLiveDatabaseByteForByte() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        List<Observation> rows = Fixtures.observations(JAN, 1, 20, "run-1");
        writeFeed(store, "feed-a", rows);
        Path live = publisher.publish(dataDir).database();
        byte[] before = Files.readAllBytes(live);

        writeObservations(store, "feed-b", rows.subList(0, 2));

        assertThatThrownBy(() -> publisher.publish(dataDir))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining(
                        "observations.key_unique(indicator_id,area_code,period_start,period_type) failed: 2 offending")
                .hasMessageContaining("area_code=E01000001");
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
        assertThat(Files.exists(dataDir.resolve("observatory.duckdb.next"))).isFalse();
        assertThat(Fixtures.queryRowReadOnly(live, "SELECT count(*) FROM observations"))
                .containsExactly("20");
    }

    @Test
    void aNullInARequiredObservationColumnFailsNamingTheColumnAndCount() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        writeFeed(store, "feed-a", Fixtures.observations(JAN, 1, 20, "run-1"));
        Path file;
        try (var files = Files.walk(dataDir.resolve("parquet/observations"))) {
            file = files.filter(f -> f.toString().endsWith(".parquet"))
                    .findFirst()
                    .orElseThrow();
        }
        Path broken = file.resolveSibling(".broken");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var s = c.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (CASE WHEN value > 5 THEN NULL ELSE run_id END AS run_id) FROM"
                    + " read_parquet('" + file + "', hive_partitioning = false)) TO '" + broken + "' (FORMAT parquet)");
        }
        Files.move(broken, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> publisher.publish(dataDir))
                .isInstanceOf(PublishException.class)
                .hasMessageStartingWith("publish check failed: observations.not_null failed: 9 offending")
                .hasMessageContaining("(null_column=run_id n=9)");
    }

    @Test
    void anObservationOfAnUnknownAreaFailsNamingTheCode() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        writeFeed(store, "feed-a", Fixtures.observations(JAN, 1, 20, "run-1"));
        Path live = publisher.publish(dataDir).database();
        byte[] before = Files.readAllBytes(live);

        Observation stray = Observation.count(
                "claimant_count",
                "E09999999",
                "lsoa21",
                JAN.plusMonths(1),
                "month",
                1.0,
                null,
                null,
                "E09999999",
                "lsoa21",
                "direct",
                "run-2");
        writeObservations(store, "feed-c", List.of(stray));

        assertThatThrownBy(() -> publisher.publish(dataDir))
                .isInstanceOf(PublishException.class)
                .hasMessage("publish check failed: observations.area_code_in_areas.code failed: 1 offending, "
                        + "e.g. (area_code=E09999999 n_rows=1)");
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
    }

    @Test
    void aStaleNextFileIsIgnoredAndARepublishInTheSameJvmShowsTheNewData() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        writeFeed(store, "feed-a", Fixtures.observations(JAN, 1, 20, "run-1"));
        publisher.publish(dataDir);
        Files.writeString(dataDir.resolve("observatory.duckdb.next"), "torn file from a crashed publish");
        writeObservations(store, "feed-a", Fixtures.observations(JAN, 1, 30, "run-2"));
        writeAreas(store, Fixtures.observations(JAN, 1, 30, "run-2"));

        PublishResult result = publisher.publish(dataDir);

        assertThat(result.rowCounts().get("observations")).isEqualTo(30L);
        assertThat(Fixtures.queryRowReadOnly(result.database(), "SELECT count(*), min(run_id) FROM observations"))
                .containsExactly("30", "run-2");
    }

    @Test
    void writesStorageVersionV140WhichDuckDb14AndLaterClientsOpen() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        writeFeed(store, "feed-a", Fixtures.observations(JAN, 1, 20, "run-1"));

        Path live = publisher.publish(dataDir).database();

        // The main header: an 8-byte checksum, the magic bytes DUCK, then the storage version number (little
        // endian): 67 for v1.4.0 (the driver's own default writes 69, which DuckDB 1.x refuses).
        ByteBuffer header =
                ByteBuffer.wrap(Arrays.copyOf(Files.readAllBytes(live), 20)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(header.array(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("DUCK");
        assertThat(header.getLong(12)).isEqualTo(StorageVersion.HEADER_NUMBER).isEqualTo(67L);
        assertThat(Fixtures.queryRowReadOnly(
                        live, "SELECT tags['storage_version'] FROM duckdb_databases() WHERE NOT internal"))
                .containsExactly("v1.4.0+");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no WAL, temp folder or next file left beside the database")
                    .containsExactlyInAnyOrder("observatory.duckdb", "parquet", "staging");
        }
    }

    @Test
    void publishesTheDataDictionaryAndCommentsOnTheViews() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        writeFeed(store, "feed-a", Fixtures.observations(JAN, 1, 20, "run-1"));

        Path live = publisher.publish(dataDir).database();

        List<DataDictionary.Entry> entries = DataDictionary.generate(DuckDbPublisherTest.class.getClassLoader());
        List<String> expected = new ArrayList<>();
        for (DataDictionary.Entry e : entries) {
            expected.add(String.join(
                    "|",
                    e.objectName(),
                    e.objectType(),
                    String.valueOf(e.position()),
                    String.valueOf(e.columnName()),
                    String.valueOf(e.dataType()),
                    String.valueOf(e.unit()),
                    e.description()));
        }
        assertThat(Fixtures.queryRowReadOnly(
                        live,
                        "SELECT count(*), count(*) FILTER (WHERE position = 0), string_agg(concat_ws('|', object_name, "
                                + "object_type, position, coalesce(column_name, 'null'), coalesce(data_type, 'null'), "
                                + "coalesce(unit, 'null'), description), chr(10) ORDER BY rowid) FROM data_dictionary"))
                .containsExactly("200", "13", String.join("\n", expected));
        String view = description(entries, "feed_status", null);
        String late = description(entries, "feed_status", "late");
        assertThat(Fixtures.queryRowReadOnly(
                        live,
                        "SELECT (SELECT comment FROM duckdb_views() WHERE view_name = 'feed_status'), "
                                + "(SELECT comment FROM duckdb_columns() WHERE table_name = 'feed_status' "
                                + "AND column_name = 'late')"))
                .containsExactly(view, late);
    }

    private static String description(List<DataDictionary.Entry> entries, String object, String column) {
        return entries.stream()
                .filter(e -> e.objectName().equals(object) && Objects.equals(e.columnName(), column))
                .findFirst()
                .orElseThrow()
                .description();
    }

    private void writeFeed(ObservationStore store, String feed, List<Observation> rows) throws Exception {
        writeObservations(store, feed, rows);
        writeAreas(store, rows);
        TableSchema indicators = TableSchema.load(TableSchema.INDICATORS);
        List<Object[]> catalogue = new ArrayList<>();
        for (String id : Fixtures.INDICATORS) {
            catalogue.add(Fixtures.indicatorRow(id, id, feed));
        }
        SmallTables tables = new SmallTables(new ParquetLayout(dataDir));
        tables.indicators(catalogue);
        tables.write(
                TableSchema.RUNS,
                new ParquetLayout(dataDir).runFile("run-1", feed),
                List.<Object[]>of(Fixtures.runRow(
                        "run-1", feed, Instant.parse("2024-06-01T02:00:00.123456Z"), rows.size(), false)));
    }

    private void writeAreas(ObservationStore store, List<Observation> rows) throws Exception {
        List<Object[]> areas = rows.stream()
                .map(Observation::areaCode)
                .distinct()
                .map(code ->
                        new Object[] {code, "Area " + code, "lsoa21", null, null, "E09000001", "E12000007", 1500L, null
                        })
                .toList();
        new SmallTables(new ParquetLayout(dataDir)).areas(areas);
    }

    private static void writeObservations(ObservationStore store, String feed, List<Observation> rows)
            throws Exception {
        try (PartitionedObservationSink sink = store.staging(feed, "run").openSink()) {
            sink.write(rows);
            sink.finish();
        }
        store.commit(feed, "run");
    }
}
