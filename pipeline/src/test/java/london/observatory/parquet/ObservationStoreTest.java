package london.observatory.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import london.observatory.observation.Observation;
import london.observatory.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationStoreTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

    @TempDir
    Path dataDir;

    @Test
    void twoWorkersStageAndCommitHivePartitionsOfTheFeed() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        SinkStats[] stats = stageWithTwoWorkers(store, "feed-a", "run-1", JAN, 3, 1_000);
        CommitResult result = store.commit("feed-a", "run-1");

        assertThat(result.partitions()).containsExactly("period=2024-01", "period=2024-02", "period=2024-03");
        assertThat(stats[0].rowsWritten() + stats[1].rowsWritten()).isEqualTo(3_000);
        assertThat(relativeFiles(store.observationsDir()))
                .containsExactly(
                        "feed=feed-a/period=2024-01/part-w0-00000.parquet",
                                "feed=feed-a/period=2024-01/part-w1-00000.parquet",
                        "feed=feed-a/period=2024-02/part-w0-00001.parquet",
                                "feed=feed-a/period=2024-02/part-w1-00001.parquet",
                        "feed=feed-a/period=2024-03/part-w0-00002.parquet",
                                "feed=feed-a/period=2024-03/part-w1-00002.parquet");
        assertThat(countsBy(store, "feed = 'feed-a' AND period = '2024-02'")).containsExactly("1000", "1");
        assertThat(Files.exists(dataDir.resolve("staging/feed-a"))).isFalse();
    }

    @Test
    void aReRunReplacesItsPeriodsOnlyAndNeverDuplicates() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        stageWithTwoWorkers(store, "feed-a", "run-1", JAN, 3, 1_000); // Jan..Mar
        store.commit("feed-a", "run-1");
        stageWithTwoWorkers(store, "feed-b", "run-1", JAN, 3, 500); // another feed, same periods
        store.commit("feed-b", "run-1");

        stageWithTwoWorkers(store, "feed-a", "run-2", JAN.plusMonths(1), 2, 1_000); // Feb..Mar again
        CommitResult result = store.commit("feed-a", "run-2");

        assertThat(result.partitions()).containsExactly("period=2024-02", "period=2024-03");
        assertThat(countsBy(store, "feed = 'feed-a'")).containsExactly("3000", "1");
        assertThat(runRows(store, "feed-a", "2024-01")).containsExactly("1000", "run-1");
        assertThat(runRows(store, "feed-a", "2024-02")).containsExactly("1000", "run-2");
        assertThat(runRows(store, "feed-a", "2024-03")).containsExactly("1000", "run-2");
        assertThat(countsBy(store, "feed = 'feed-b'")).containsExactly("1500", "1");
    }

    @Test
    void aDroppedStagedPeriodLeavesItsLiveDataAsTheyWere() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        stageWithTwoWorkers(store, "feed-a", "run-1", JAN, 3, 1_000);
        store.commit("feed-a", "run-1");
        ObservationStaging staging = store.staging("feed-a", "run-2");
        try (PartitionedObservationSink sink = staging.openSink()) {
            sink.write(Fixtures.observations(JAN, 3, 400, "run-2"));
            sink.finish();
        }

        assertThat(staging.periods()).containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(staging.drop("2024-01") + staging.drop("2024-03")).isEqualTo(800);
        assertThat(staging.periods()).containsExactly("2024-02");
        CommitResult result = store.commit("feed-a", "run-2");

        assertThat(result.partitions()).containsExactly("period=2024-02");
        assertThat(runRows(store, "feed-a", "2024-01")).containsExactly("1000", "run-1");
        assertThat(runRows(store, "feed-a", "2024-02")).containsExactly("400", "run-2");
        assertThat(runRows(store, "feed-a", "2024-03")).containsExactly("1000", "run-1");
    }

    @Test
    void withOneOpenWriterInterleavedPeriodsOpenNewPartFilesAndLoseNoRow() throws Exception {
        ObservationStore store = new ObservationStore(dataDir, WriterOptions.DEFAULT, 1);
        List<Observation> jan = Fixtures.observations(JAN, 1, 100, "run-1");
        List<Observation> feb = Fixtures.observations(JAN.plusMonths(1), 1, 100, "run-1");
        ObservationStaging staging = store.staging("feed-a", "run-1");
        try (PartitionedObservationSink sink = staging.openSink()) {
            sink.write(jan.subList(0, 50));
            sink.write(feb.subList(0, 50));
            sink.write(jan.subList(50, 100));
            sink.write(feb.subList(50, 100));
            assertThat(sink.finish().files()).hasSize(4);
        }
        store.commit("feed-a", "run-1");
        assertThat(relativeFiles(store.observationsDir())).hasSize(4);
        assertThat(countsBy(store, "true")).containsExactly("200", "1");
    }

    @Test
    void aNewStagingDropsWhatAnUncommittedRunLeftAndLiveDataStays() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        stageWithTwoWorkers(store, "feed-a", "run-1", JAN, 1, 100);
        store.commit("feed-a", "run-1");
        stageWithTwoWorkers(store, "feed-a", "run-2", JAN, 1, 300); // crashed before commit

        store.staging("feed-a", "run-3");

        assertThat(Files.exists(dataDir.resolve("staging/feed-a/run-2"))).isFalse();
        assertThat(runRows(store, "feed-a", "2024-01")).containsExactly("100", "run-1");
        store.discard("feed-a", "run-3");
        assertThat(Files.exists(dataDir.resolve("staging/feed-a"))).isFalse();
    }

    @Test
    void recoveryRollsForwardACommitInterruptedBetweenTheTwoRenames() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        stageWithTwoWorkers(store, "feed-a", "run-1", JAN, 2, 100);
        store.commit("feed-a", "run-1");
        stageWithTwoWorkers(store, "feed-a", "run-2", JAN, 2, 300);
        Path runDir = dataDir.resolve("staging/feed-a/run-2");
        PartitionSwap.begin(runDir);
        Files.createDirectories(runDir.resolve("replaced")); // crash: January moved aside, not yet replaced
        Files.move(
                store.feedDir("feed-a").resolve("period=2024-01"),
                runDir.resolve("replaced/period=2024-01"),
                StandardCopyOption.ATOMIC_MOVE);

        new ObservationStore(dataDir).recover();

        assertThat(runRows(store, "feed-a", "2024-01")).containsExactly("300", "run-2");
        assertThat(runRows(store, "feed-a", "2024-02")).containsExactly("300", "run-2");
        assertThat(Files.exists(dataDir.resolve("staging/feed-a"))).isFalse();
    }

    @Test
    void commitRefusesAStagingWithAnUnfinishedSink() throws Exception {
        ObservationStore store = new ObservationStore(dataDir);
        ObservationStaging staging = store.staging("feed-a", "run-1");
        PartitionedObservationSink sink = staging.openSink();
        sink.write(Fixtures.observations(JAN, 1, 10, "run-1"));

        assertThatThrownBy(() -> store.commit("feed-a", "run-1")).hasMessageContaining("was not finished");
        assertThatThrownBy(() -> staging.openSink("w0")).hasMessageContaining("already has a sink");
        sink.close();
        assertThat(Files.exists(store.observationsDir())).isFalse();
    }

    /** Two threads, each its own sink, each writing half of every period in chunks of 100. */
    private static SinkStats[] stageWithTwoWorkers(
            ObservationStore store, String feed, String runId, LocalDate first, int months, int perPeriod)
            throws Exception {
        List<Observation> rows = Fixtures.observations(first, months, perPeriod, runId);
        ObservationStaging staging = store.staging(feed, runId);
        List<PartitionedObservationSink> sinks = List.of(staging.openSink(), staging.openSink());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SinkStats>> futures = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    try (PartitionedObservationSink sink = sinks.get(worker)) {
                        for (int start = worker * 100; start < rows.size(); start += 200) {
                            sink.write(rows.subList(start, Math.min(start + 100, rows.size())));
                        }
                        return sink.finish();
                    }
                }));
            }
            return new SinkStats[] {futures.get(0).get(), futures.get(1).get()};
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> countsBy(ObservationStore store, String where) throws Exception {
        return Fixtures.queryRow("SELECT count(*), max(copies) FROM (SELECT count(*) AS copies FROM read_parquet('"
                + store.observationsDir() + "/*/*/*.parquet', hive_partitioning = true, hive_types = "
                + "{'feed': 'VARCHAR', 'period': 'VARCHAR'}) WHERE " + where
                + " GROUP BY indicator_id, area_code, period_start, period_type)");
    }

    private static List<String> runRows(ObservationStore store, String feed, String period) throws Exception {
        return Fixtures.queryRow("SELECT count(*), string_agg(DISTINCT run_id) FROM read_parquet('"
                + store.feedDir(feed).resolve("period=" + period) + "/*.parquet')");
    }

    private static List<String> relativeFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
