package london.observatory.extract;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import london.observatory.table.ResourceIndex;
import london.observatory.table.TableSchema;

/**
 * A whole-London, all-indicator CSV extract from a large generated database (not a test; run by the
 * {@code benchmark} profile under {@code -Xmx256m}): 4,994 LSOAs × 40 indicators × 24 months = 4,794,240 LSOA
 * observations, about 1 in 200 withheld, with London's own roll-ups. The request lists every LSOA and London
 * (4,995 areas, under a limit raised to 5,000), so the output is every row plus London's 960. The database is
 * generated once under {@code <benchDir>/extract/} (about 20 s) and reused.
 *
 * <p>Usage: {@code ExtractBenchmark [benchDir=target/bench] [runs=5] [format=csv|parquet]}. Each run is timed from the
 * request to both files in place (checks, query, writing, SHA-256, Data Package); a first run warms up.
 */
public final class ExtractBenchmark {

    static final int LSOAS = 4_994;
    static final int INDICATORS = 40;
    static final int MONTHS = 24;

    private ExtractBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench")
                .toAbsolutePath()
                .normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ExtractFormat format = ExtractFormat.of(args.length > 2 ? args[2] : "csv");
        Path database = generate(benchDir.resolve("extract"));
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < LSOAS; i++) {
            areas.add(lsoa(i));
        }
        areas.add(FixtureDatabase.LONDON);
        Extractor extractor = new Extractor(new ExtractSource(database, "bench"), new ExtractLimits(5_000));
        ExtractRequest request =
                ExtractRequest.builder().areas(areas).format(format).build();
        Path out = benchDir.resolve("extract").resolve("london-all." + format.extension());
        System.out.printf("database  %s (%,d MB)%n", database, Files.size(database) >> 20);
        System.out.printf(
                "heap cap  %,d MB; %s, %,d areas%n", Runtime.getRuntime().maxMemory() >> 20, format, areas.size());
        extractor.write(request, out); // warm-up: JIT, DuckDB's native library, the file in the page cache
        double[] seconds = new double[runs];
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            Heap.reset();
            long start = System.nanoTime();
            ExtractResult result = extractor.write(request, out);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            rows = result.rows();
            System.out.printf(
                    "run %d     %,d rows, %,d MB in %.2f s = %,.0f rows/s; peak heap in use %,d MB, largest live"
                            + " after a collection %,d MB%n",
                    run + 1,
                    result.rows(),
                    result.bytes() >> 20,
                    seconds[run],
                    result.rows() / seconds[run],
                    Heap.peak() >> 20,
                    Heap.live() >> 20);
        }
        Arrays.sort(seconds);
        System.out.printf("median    %.2f s = %,.0f rows/s%n", seconds[runs / 2], rows / seconds[runs / 2]);
    }

    static String lsoa(int i) {
        return String.format("E01%06d", 100_001 + i);
    }

    /**
     * Writes the database once (fixed content, no randomness), under a name carrying its size and a fingerprint of
     * the shipped schemas and views (so a changed view is never benchmarked on an old file); then reuses it.
     */
    static Path generate(Path dir) throws Exception {
        Path file = dir.resolve(
                "observatory-" + LSOAS + "x" + INDICATORS + "x" + MONTHS + "-" + schemaFingerprint() + ".duckdb");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Path partial = dir.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + partial)) {
            FixtureDatabase.createTables(db);
            for (String sql : BenchData.STATEMENTS) {
                FixtureDatabase.execute(
                        db,
                        sql.replace("${LSOAS}", String.valueOf(LSOAS))
                                .replace("${INDICATORS}", String.valueOf(INDICATORS))
                                .replace("${MONTHS}", String.valueOf(MONTHS)));
            }
            FixtureDatabase.createViews(db);
            FixtureDatabase.execute(db, "CHECKPOINT");
            try (Statement s = db.createStatement();
                    ResultSet count = s.executeQuery("SELECT count(*) FROM observations")) {
                count.next();
                System.out.printf(
                        "generated %,d observations in %.1f s%n", count.getLong(1), (System.nanoTime() - start) / 1e9);
            }
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static String schemaFingerprint() {
        ClassLoader loader = ExtractBenchmark.class.getClassLoader();
        StringBuilder text = new StringBuilder(String.join("\n", BenchData.STATEMENTS));
        for (String view : ResourceIndex.entries(loader, "observatory/views/")) {
            text.append(ResourceIndex.read(loader, "observatory/views/" + view));
        }
        for (String table : List.of("areas", "indicators", "observations", "runs", "ward_best_fit")) {
            TableSchema.load(table).columns().forEach(c -> text.append(c.name()).append(c.type()));
        }
        return Integer.toHexString(text.toString().hashCode());
    }

    /** Heap in use, sampled every 5 ms, and the largest live set after a collection (as the jobs benchmarks). */
    static final class Heap {
        private static final AtomicLong peak = new AtomicLong();
        private static final AtomicLong live = new AtomicLong();

        static {
            Thread sampler = new Thread(Heap::sample, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                            notification.getType())) {
                                        var info = GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData());
                                        long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                                .mapToLong(MemoryUsage::getUsed)
                                                .sum();
                                        live.accumulateAndGet(after, Math::max);
                                    }
                                },
                                null,
                                null);
            }
        }

        static void reset() {
            System.gc();
            peak.set(0);
            live.set(0);
        }

        static long peak() {
            return peak.get();
        }

        /** Includes the non-heap pools the collector reports (metaspace, code cache): it overstates a little. */
        static long live() {
            return live.get();
        }

        private static void sample() {
            while (true) {
                peak.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
