package london.observatory.jobs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repo's benchmark command: each benchmark in its own JVM with the same {@code -Xmx} as this one, so
 * one's heap never colours another's peak-heap figure.
 *
 * <p>Usage: {@code Benchmarks [benchDir=target/bench] [duckdbRuns=3] [threads=2] [which=all|ingest|publish|postcode|point|serve]}.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        String benchDir = args.length > 0 ? args[0] : "target/bench";
        String runs = args.length > 1 ? args[1] : "3";
        String threads = args.length > 2 ? args[2] : "2";
        String which = args.length > 3 ? args[3] : "all";
        int failures = 0;
        if (which.equals("all") || which.equals("ingest")) {
            failures += child(IngestBenchmark.class, benchDir, runs, threads);
        }
        if (which.equals("all") || which.equals("publish")) {
            failures += child(PublishBenchmark.class, benchDir, runs);
        }
        if (which.equals("all") || which.equals("postcode")) {
            failures += child(PostcodeLookupBenchmark.class, benchDir, "1000000", threads);
        }
        if (which.equals("all") || which.equals("point")) {
            failures += child(PointLookupBenchmark.class, PointLookupBenchmark.DEFAULT_BOUNDARIES, "1000000", threads);
        }
        if (which.equals("all") || which.equals("serve")) {
            failures += child(ServeBenchmark.class, benchDir, "64", "60");
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int child(Class<?> benchmark, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xmx") || arg.startsWith("-Dobservatory."))
                .toList());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(benchmark.getName());
        command.addAll(List.of(args));
        System.out.println("\n######## " + benchmark.getSimpleName() + " " + String.join(" ", args));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            System.out.println("######## " + benchmark.getSimpleName() + " exited with " + exit);
        }
        return exit == 0 ? 0 : 1;
    }
}
