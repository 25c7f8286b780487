package london.observatory.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import london.observatory.observation.Observation;
import london.observatory.table.TableSchema;
import london.observatory.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableWriterTest {

    private static final TableSchema OBSERVATIONS = TableSchema.load(TableSchema.OBSERVATIONS);

    @TempDir
    Path dir;

    @Test
    void observationsRoundTripThroughDuckDbWithExactCountsSumsAndNulls() throws Exception {
        List<Observation> rows = Fixtures.observations(LocalDate.of(2024, 1, 1), 3, 10_000, "run-1");
        Path file = dir.resolve("obs.parquet");

        try (var writer =
                ParquetTableWriter.create(file, OBSERVATIONS, ObservationBinder.INSTANCE, WriterOptions.DEFAULT)) {
            writer.writeAll(rows);
            assertThat(writer.finish()).isEqualTo(30_000);
        }

        List<String> row = Fixtures.queryRow("SELECT count(*), count(value), sum(value), count(flag), "
                + "count(numerator), min(period_start), max(period_start), count(DISTINCT indicator_id), "
                + "min(run_id), typeof(any_value(period_start)) FROM read_parquet('" + file + "')");
        assertThat(row)
                .containsExactly(
                        "30000",
                        "27000",
                        String.valueOf(Fixtures.expectedSum(30_000)),
                        "3000",
                        "0",
                        "2024-01-01",
                        "2024-03-01",
                        "2",
                        "run-1",
                        "DATE");
        assertThat(listing()).containsExactly("obs.parquet");
    }

    @Test
    void aFailureMidWayLeavesNoFileAtTheFinalNameNorATempFile() throws Exception {
        List<Observation> rows = Fixtures.observations(LocalDate.of(2024, 1, 1), 1, 1_000, "run-1");
        RowBinder<Observation> failing = (row, out) -> {
            if (row == rows.get(500)) {
                throw new IllegalStateException("boom at row 500");
            }
            ObservationBinder.INSTANCE.bind(row, out);
        };
        Path file = dir.resolve("obs.parquet");

        assertThatThrownBy(() -> {
                    try (var writer = ParquetTableWriter.create(file, OBSERVATIONS, failing, WriterOptions.DEFAULT)) {
                        writer.writeAll(rows);
                        writer.finish();
                    }
                })
                .hasMessage("boom at row 500");

        assertThat(listing()).isEmpty();
    }

    @Test
    void closingWithoutFinishDiscardsTheRows() throws Exception {
        Path file = dir.resolve("obs.parquet");
        try (var writer =
                ParquetTableWriter.create(file, OBSERVATIONS, ObservationBinder.INSTANCE, WriterOptions.DEFAULT)) {
            writer.writeAll(Fixtures.observations(LocalDate.of(2024, 1, 1), 1, 10, "run-1"));
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void aNullInANotNullColumnIsRefusedNamingTheColumn() throws Exception {
        Observation noArea = Observation.count(
                "ind",
                null,
                "lsoa21",
                LocalDate.of(2024, 1, 1),
                "month",
                1.0,
                null,
                null,
                "x",
                "lsoa21",
                "direct",
                "run-1");
        try (var writer = ParquetTableWriter.create(
                dir.resolve("obs.parquet"), OBSERVATIONS, ObservationBinder.INSTANCE, WriterOptions.DEFAULT)) {
            assertThatThrownBy(() -> writer.write(noArea))
                    .hasMessage("observations.area_code is NOT NULL but the row has null");
            assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void rowGroupSizeSplitsALargeFileSoDuckDbCanReadInParallel() throws Exception {
        Path file = dir.resolve("obs.parquet");
        try (var writer = ParquetTableWriter.create(
                file, OBSERVATIONS, ObservationBinder.INSTANCE, WriterOptions.DEFAULT.withRowGroupBytes(256 * 1024))) {
            writer.writeAll(Fixtures.observations(LocalDate.of(2024, 1, 1), 1, 200_000, "run-1"));
            writer.finish();
        }
        List<String> row = Fixtures.queryRow("SELECT count(DISTINCT row_group_id) > 1, sum(row_group_num_rows) / "
                + "count(*) OVER () FROM parquet_metadata('" + file + "') LIMIT 1");
        assertThat(row.get(0)).isEqualTo("true");
        assertThat(ParquetTableWriter.footerRowCount(file)).isEqualTo(200_000);
    }

    @Test
    void arrayRowsOfTheSmallTablesKeepEveryType() throws Exception {
        TableSchema runs = TableSchema.load(TableSchema.RUNS);
        Path file = dir.resolve("runs.parquet");
        Object[] run = {
            "2024-06-01T02:00:00Z",
            "nomis-claimant-count",
            Instant.parse("2024-06-01T02:00:00.123456Z"),
            Instant.parse("2024-06-01T02:05:00Z"),
            "ingested",
            null,
            "https://example.org/x",
            "abc",
            "/raw",
            100L,
            98L,
            2L,
            null,
            LocalDate.of(2024, 7, 1),
            true
        };
        try (var writer = ParquetTableWriter.create(file, runs, new ArrayRowBinder(runs), WriterOptions.DEFAULT)) {
            writer.write(run);
            writer.finish();
        }
        List<String> row = Fixtures.queryRow("SELECT epoch_us(started_at), rows_written, expected_next_release, "
                + "message IS NULL, typeof(started_at), sample FROM read_parquet('" + file + "')");
        assertThat(row)
                .containsExactly("1717207200123456", "98", "2024-07-01", "true", "TIMESTAMP WITH TIME ZONE", "true");
    }

    @Test
    void theFooterCheckRejectsATornFile() throws Exception {
        Path file = dir.resolve("obs.parquet");
        try (var writer =
                ParquetTableWriter.create(file, OBSERVATIONS, ObservationBinder.INSTANCE, WriterOptions.DEFAULT)) {
            writer.writeAll(Fixtures.observations(LocalDate.of(2024, 1, 1), 1, 100, "run-1"));
            writer.finish();
        }
        byte[] bytes = Files.readAllBytes(file);
        Path torn = dir.resolve("torn.parquet");
        Files.write(torn, Arrays.copyOf(bytes, bytes.length - 10));

        assertThat(ParquetFooter.rowCount(file)).isEqualTo(100);
        assertThatThrownBy(() -> ParquetFooter.rowCount(torn)).hasMessageContaining("magic missing");
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
