package london.observatory.jobs.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import london.observatory.jobs.ObservatoryApplication;
import london.observatory.jobs.nightly.RunLedger;
import london.observatory.lineage.RunRecord;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * England-scale ingest benchmark: claimant count, 290 months × 34,753 LSOA11 (10.08M rows), moved onto
 * LSOA 2021 by the pipeline and, as a yardstick, by DuckDB in one statement.
 *
 * <p>Usage: {@code IngestBenchmark [benchDir=target/bench] [duckdbRuns=3] [threads=2]}. The fixture lives in
 * {@code <benchDir>/fixture} and is reused while its marker matches; outputs go to {@code <benchDir>/out}.
 * Figures on a shared 2-core machine are noisy (±20–30%), hence the median of several DuckDB runs.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench")
                .toAbsolutePath()
                .normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path fixtureDir = benchDir.resolve("fixture");

        EnglandScaleFixture.Fixture fixture =
                EnglandScaleFixture.generate(fixtureDir, EnglandScaleFixture.DEFAULT_SEED);
        printFixture(fixture);

        List<DuckDbBaseline.Result> flat = duckdbRuns(fixtureDir, benchDir, runs, threads, DuckDbBaseline.Output.FLAT);
        List<DuckDbBaseline.Result> partitioned =
                duckdbRuns(fixtureDir, benchDir, runs, threads, DuckDbBaseline.Output.PARTITIONED);

        PeakHeap.reset();
        Timing t = runPipeline(fixtureDir, benchDir.resolve("out/pipeline-data"));
        Timing pipeline = new Timing(t.phase(), t.seconds(), t.rowsIn(), t.rowsOut(), PeakHeap.bytes());
        printResults(fixture, pipeline, threads, flat, partitioned);
    }

    private static List<DuckDbBaseline.Result> duckdbRuns(
            Path fixtureDir, Path benchDir, int runs, int threads, DuckDbBaseline.Output layout) throws Exception {
        List<DuckDbBaseline.Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            DuckDbBaseline.Result r = DuckDbBaseline.run(fixtureDir, benchDir.resolve("out/duckdb"), threads, layout);
            System.out.printf(
                    "duckdb %s run %d: prep %.2f s, copy %.2f s, %,d → %,d rows%n",
                    layout, i + 1, r.prepSeconds(), r.copySeconds(), r.rowsIn(), r.rowsOut());
            results.add(r);
        }
        return results;
    }

    /**
     * Runs the real application ({@code observatory nightly}) on the fixture in this JVM, into a fresh data
     * directory, and times the claimant-count feed's ingest and commit steps as the job repository recorded
     * them: parse, validate, move onto LSOA 2021 and write Parquet, the same work as DuckDB's COPY. Start-up,
     * the landing copy of the raw pages, and publishing are reported separately.
     */
    static Timing runPipeline(Path fixtureDir, Path dataDir) throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
        List<String> args = new ArrayList<>(List.of("nightly"));
        args.addAll(FixturePaths.under(fixtureDir).applicationArguments(dataDir));
        try (ConfigurableApplicationContext context =
                new SpringApplication(ObservatoryApplication.class).run(args.toArray(String[]::new))) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobExecution job = repository.getLastJobExecution(repository.getLastJobInstance("nightly"));
            for (StepExecution step : job.getStepExecutions()) {
                System.out.printf(
                        "pipeline step        %-40s %6.2f s %s%n", step.getStepName(), seconds(step), step.getStatus());
            }
            RunRecord feed = context.getBean(RunLedger.class).feeds().stream()
                    .filter(f -> f.feedId().equals("nomis-claimant-count"))
                    .findFirst()
                    .orElseThrow()
                    .record();
            if (feed.outcome() != RunRecord.Outcome.INGESTED) {
                throw new IllegalStateException(
                        "pipeline run did not ingest: " + feed.outcome() + " " + feed.message());
            }
            double ingest = job.getStepExecutions().stream()
                    .filter(s -> s.getStepName().equals("ingest-nomis-claimant-count")
                            || s.getStepName().equals("commit-nomis-claimant-count"))
                    .mapToDouble(IngestBenchmark::seconds)
                    .sum();
            return new Timing("pipeline ingest+commit", ingest, feed.rowsRead(), feed.rowsWritten(), 0);
        }
    }

    private static double seconds(StepExecution step) {
        return Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
    }

    private static void printFixture(EnglandScaleFixture.Fixture f) {
        FixturePaths p = f.paths();
        System.out.printf(
                "fixture (%s): %,d rows, %,d Q, %d pages, %,d bytes%s%n",
                f.reused() ? "reused" : "generated",
                f.rows(),
                f.missingRows(),
                f.pages(),
                f.claimantBytes(),
                f.reused() ? "" : String.format(", %.1f s (%,.0f rows/s)", f.seconds(), f.rows() / f.seconds()));
        System.out.println("  feed url      " + p.claimantCountUrl());
        System.out.println("  lsoa21 lookup " + p.lsoa21Lookup());
        System.out.println("  lsoa11 lookup " + p.lsoa11Lookup());
        System.out.println("  ward lookup   " + p.wardLookup());
        System.out.println("  population    " + p.population());
    }

    private static DuckDbBaseline.Result median(List<DuckDbBaseline.Result> results) {
        DuckDbBaseline.Result[] sorted = results.toArray(DuckDbBaseline.Result[]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(a.copySeconds(), b.copySeconds()));
        return sorted[sorted.length / 2];
    }

    private static void printResults(
            EnglandScaleFixture.Fixture fixture,
            Timing pipeline,
            int threads,
            List<DuckDbBaseline.Result> flat,
            List<DuckDbBaseline.Result> partitioned) {
        System.out.println();
        System.out.println("==== ingest benchmark: claimant count LSOA11 → LSOA21 ====");
        System.out.printf(
                "input                %,d rows, %,d bytes, %d pages%n",
                fixture.rows(), fixture.claimantBytes(), fixture.pages());
        System.out.printf(
                "pipeline             %.2f s, %,d → %,d rows%n",
                pipeline.seconds(), pipeline.rowsIn(), pipeline.rowsOut());
        System.out.printf(
                "pipeline rows/s      %,.0f in, %,.0f out%n", pipeline.rowsInPerSecond(), pipeline.rowsOutPerSecond());
        System.out.printf(
                "pipeline peak heap   %,d MB in use (cap: this JVM's -Xmx, %,d MB), %,d MB live after GC%n",
                pipeline.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20, PeakHeap.liveBytes() >> 20);
        for (List<DuckDbBaseline.Result> results : List.of(flat, partitioned)) {
            DuckDbBaseline.Result median = median(results);
            Timing d = median.copyTiming();
            System.out.printf("%s%n", d.phase());
            System.out.printf(
                    "  prep               %.2f s (lookup + population → weights, median run)%n", median.prepSeconds());
            System.out.printf(
                    "  copy               %.2f s median of %d %s, threads=%d%n",
                    d.seconds(),
                    results.size(),
                    results.stream()
                            .map(r -> String.format("%.2f", r.copySeconds()))
                            .toList(),
                    threads);
            System.out.printf(
                    "  rows/s             %,.0f in, %,.0f out (%,d rows out, %,d bytes parquet)%n",
                    d.rowsInPerSecond(), d.rowsOutPerSecond(), d.rowsOut(), median.outputBytes());
            System.out.printf(
                    "  peak heap          %,d MB (JVM heap only; DuckDB memory is native)%n", d.peakHeapBytes() >> 20);
            System.out.printf("  ratio pipeline/%s %.2f×%n", d.phase(), pipeline.seconds() / d.seconds());
        }
    }
}
