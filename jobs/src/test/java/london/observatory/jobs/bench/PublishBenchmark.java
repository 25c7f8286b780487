package london.observatory.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Geography;
import london.observatory.jobs.ObservatoryApplication;
import london.observatory.release.ReleaseLayout;
import london.observatory.release.ReleasePublisher;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Publishing the ingest benchmark's database (10.3 million observations, 290 month partitions): a release
 * built whole, then releases after one month of the feed changed, then one after nothing changed. The
 * Parquet tree comes from the ingest benchmark's pipeline run ({@code <benchDir>/out/pipeline-data}), copied
 * once to {@code <benchDir>/out/publish-data}; the application is started without a command, for its
 * release publisher, feed catalogue and geography.
 *
 * <p>Usage: {@code PublishBenchmark [benchDir=target/bench] [runs=3]}. A changed month is that month's file
 * written again by DuckDB with every value plus one and renamed into place, as a commit does.
 */
public final class PublishBenchmark {

    private PublishBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench")
                .toAbsolutePath()
                .normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path fixtureDir = benchDir.resolve("fixture");
        EnglandScaleFixture.generate(fixtureDir, EnglandScaleFixture.DEFAULT_SEED);
        Path ingested = benchDir.resolve("out/pipeline-data");
        if (!Files.isDirectory(ingested.resolve("parquet/observations"))) {
            IngestBenchmark.runPipeline(fixtureDir, ingested);
        }
        Path dataDir = benchDir.resolve("out/publish-data");
        FileSystemUtils.deleteRecursively(dataDir);
        FileSystemUtils.copyRecursively(ingested.resolve("parquet"), dataDir.resolve("parquet"));

        List<String> arguments = new ArrayList<>(FixturePaths.under(fixtureDir).applicationArguments(dataDir));
        try (ConfigurableApplicationContext context =
                new SpringApplication(ObservatoryApplication.class).run(arguments.toArray(String[]::new))) {
            ReleasePublisher publisher = context.getBean(ReleasePublisher.class);
            FeedCatalog catalog = context.getBean(FeedCatalog.class);
            Geography geography = context.getBean(Geography.class);
            List<Path> months = monthFiles(dataDir);
            System.out.printf("parquet   %,d month files under %s%n", months.size(), dataDir);
            int n = 0;
            List<Double> whole = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                FileSystemUtils.deleteRecursively(new ReleaseLayout(dataDir).releases());
                whole.add(publish(publisher, dataDir, ++n, "whole", catalog, geography));
            }
            List<Double> changed = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                changeMonth(months.get(100 + i * 50));
                changed.add(publish(publisher, dataDir, ++n, "one-month-changed", catalog, geography));
            }
            double unchanged = publish(publisher, dataDir, ++n, "unchanged", catalog, geography);
            System.out.println();
            System.out.println("==== publish benchmark: 10.3M observations, 290 months ====");
            System.out.printf("built whole            %s s (median %.2f s)%n", seconds(whole), median(whole));
            System.out.printf("one month changed      %s s (median %.2f s)%n", seconds(changed), median(changed));
            System.out.printf("nothing changed        %.2f s%n", unchanged);
            System.out.printf(
                    "release on disk        %,d MB full, %,d MB open%n",
                    Files.size(new ReleaseLayout(dataDir).latest(ReleaseLayout.FULL)) >> 20,
                    Files.size(new ReleaseLayout(dataDir).latest(ReleaseLayout.OPEN)) >> 20);
        }
    }

    private static double publish(
            ReleasePublisher publisher, Path dataDir, int n, String kind, FeedCatalog catalog, Geography geography) {
        String id = String.format("%03d-%s", n, kind);
        long started = System.nanoTime();
        publisher.publish(dataDir, id, catalog, geography);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("release %-24s %6.2f s%n", id, seconds);
        return seconds;
    }

    /** Every month's file of the feed, in period order. */
    private static List<Path> monthFiles(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir.resolve("parquet/observations"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
        }
    }

    /** The month written again with every value plus one, then renamed over the old file. */
    private static void changeMonth(Path file) throws Exception {
        Path next = file.resolveSibling(".next.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (value + 1 AS value) FROM read_parquet('" + file
                    + "', hive_partitioning = false)) TO '" + next + "' (FORMAT parquet)");
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format("%.2f", v)).toList().toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
