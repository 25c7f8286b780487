package london.observatory.parquet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.observatory.observation.Observation;

/**
 * Single-thread write speed of one sink, run by hand (not a test):
 * {@code java -cp <test classpath> london.observatory.parquet.ObservationWriteBenchmark 2000000}.
 * Rows are built in chunks of 10k outside the timed section's allocation-heavy parts as far as a
 * chunked pipeline would: building is timed separately.
 */
public final class ObservationWriteBenchmark {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path dataDir = Files.createTempDirectory("bench");
        List<Observation> rows = new ArrayList<>(total);
        String[] areas = new String[5_000];
        for (int a = 0; a < areas.length; a++) {
            areas[a] = String.format("E01%06d", a);
        }
        LocalDate jan = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < total; i++) {
            LocalDate month = jan.plusMonths(i / (areas.length * 4));
            String area = areas[i % areas.length];
            rows.add(Observation.count(
                    "ind-" + (i / areas.length) % 4,
                    area,
                    "lsoa21",
                    month,
                    "month",
                    i % 10 == 0 ? null : (double) (i % 997),
                    null,
                    null,
                    area,
                    "lsoa21",
                    "direct",
                    "run-1"));
        }
        for (int round = 0; round < 3; round++) {
            ObservationStore store = new ObservationStore(dataDir);
            long start = System.nanoTime();
            try (PartitionedObservationSink sink =
                    store.staging("bench", "run-" + round).openSink()) {
                for (int from = 0; from < total; from += 10_000) {
                    sink.write(rows.subList(from, Math.min(from + 10_000, total)));
                }
                SinkStats stats = sink.finish();
                double seconds = (System.nanoTime() - start) / 1e9;
                store.commit("bench", "run-" + round);
                long bytes = 0;
                for (Path f : FileTrees.filesEndingWith(store.feedDir("bench"), ".parquet")) {
                    bytes += Files.size(f);
                }
                System.out.printf(
                        "round %d: %d rows, %d files, %.2f s, %.0f rows/s, %.1f MB%n",
                        round,
                        stats.rowsWritten(),
                        stats.files().size(),
                        seconds,
                        stats.rowsWritten() / seconds,
                        bytes / 1e6);
            }
        }
        FileTrees.deleteRecursively(dataDir);
    }
}
