package london.observatory.jobs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.jobs.ObservatoryRun;
import london.observatory.release.ReleaseLayout;
import london.observatory.web.ServeProcess;

/**
 * Load on {@code observatory serve}: 64 clients, each sending its next request as soon as the last is answered, for
 * 60 s (after 10 s of warm-up), on searches, area pages (any of the 6,714 areas) and whole-borough CSV extracts, twice:
 * mixed (each client picks its next request at random, as people using the page do), then in thirds (a third of the
 * clients each keep to one kind, which saturates the machine with light requests), against the
 * README's release. The server runs in a JVM of its own with a fixed heap; its heap is read from its GC log (the
 * most in use before a collection, and the most still live after one).
 *
 * <p>Usage: {@code ServeBenchmark [benchDir=target/bench] [clients=64] [seconds=60]}.
 */
public final class ServeBenchmark {

    enum Kind {
        SEARCH,
        AREA,
        EXTRACT
    }

    static final List<String> WORDS = List.of(
            "camden",
            "depression",
            "claimant count",
            "rent arrears tottenham",
            "overcrowding hackney",
            "universal credit",
            "homelessness",
            "E09000022",
            "insolvency croydon",
            "bad health");

    private ServeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path dataDir = benchDir.resolve("serve-data");
        if (new ReleaseLayout(dataDir).latestId().isEmpty()) {
            ObservatoryRun.Outcome run = ObservatoryRun.defaultRun(dataDir, ObservatoryRun.ALL_FEEDS);
            if (run.exitCode() != 0) {
                throw new IllegalStateException("the README's run failed: " + run.output());
            }
        }
        List<String> areas = areaCodes(dataDir);
        List<String> boroughs = areas.stream().filter(a -> a.startsWith("E09")).toList();
        Path gcLog = benchDir.resolve("serve-gc.log");
        Files.deleteIfExists(gcLog);
        try (ServeProcess server = ServeProcess.start(
                dataDir,
                benchDir.resolve("serve.log"),
                List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog),
                List.of("--server.tomcat.threads.max=" + Math.max(clients, 200)))) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(java.util.concurrent.Executors.newFixedThreadPool(8))
                    .build();
            String base = server.base();
            System.out.printf(
                    "serve load: %d clients, %d s after 10 s warm-up, %d areas, %d boroughs, server -Xmx512m%n",
                    clients, seconds, areas.size(), boroughs.size());
            run(true, http, base, clients, 10, areas, boroughs, false);
            long startedHeapLines = gcLines(gcLog);
            for (boolean mixed : List.of(true, false)) {
                System.out.println(
                        mixed
                                ? "\nmixed: each client picks its next request at random (extracts wait their turn)"
                                : "\nthirds: a third of the clients each search, ask for area pages, download extracts");
                Duration cpuBefore = server.cpu();
                long requests = run(mixed, http, base, clients, seconds, areas, boroughs, true);
                Duration cpu = server.cpu().minus(cpuBefore);
                System.out.printf(
                        Locale.ROOT,
                        "server CPU: %.1f s of the %d core-seconds the machine had (%.2f ms a request; the rest"
                                + " went to the clients, on the same cores)%n",
                        cpu.toMillis() / 1000.0,
                        seconds * Runtime.getRuntime().availableProcessors(),
                        cpu.toMillis() / (double) requests);
            }
            heap(gcLog, startedHeapLines);
        }
    }

    /** Runs the load; returns how many requests were answered. */
    private static long run(
            boolean mixed,
            HttpClient http,
            String base,
            int clients,
            int seconds,
            List<String> areas,
            List<String> boroughs,
            boolean report)
            throws InterruptedException {
        ConcurrentHashMap<Kind, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentHashMap<Kind, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong bytes = new AtomicLong();
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new ConcurrentLinkedQueue<>());
            errors.put(kind, new AtomicLong());
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(c);
            Kind own = Kind.values()[c % Kind.values().length];
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Kind kind = mixed ? Kind.values()[random.nextInt(Kind.values().length)] : own;
                        String path = switch (kind) {
                            case SEARCH ->
                                "/api/search?q="
                                        + WORDS.get(random.nextInt(WORDS.size()))
                                                .replace(" ", "%20");
                            case AREA -> "/api/areas/" + areas.get(random.nextInt(areas.size()));
                            case EXTRACT ->
                                "/api/extract?format=csv&area=" + boroughs.get(random.nextInt(boroughs.size()));
                        };
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .timeout(Duration.ofSeconds(60))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            latencies.get(kind).add(System.nanoTime() - t);
                            bytes.addAndGet(answer.body().length);
                            if (answer.statusCode() != 200) {
                                errors.get(kind).incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.get(kind).incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            client.start();
        }
        done.await();
        long answered = latencies.values().stream()
                .mapToLong(ConcurrentLinkedQueue::size)
                .sum();
        if (!report) {
            return answered;
        }
        long total = 0;
        System.out.printf(
                "%-8s %9s %9s %9s %9s %9s %9s %7s%n",
                "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        for (Kind kind : Kind.values()) {
            long[] ns = latencies.get(kind).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            total += ns.length;
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %9d %9.1f %9.1f %9.1f %9.1f %9.1f %7d%n",
                    kind.name().toLowerCase(Locale.ROOT),
                    ns.length,
                    ns.length / (double) seconds,
                    percentile(ns, 50),
                    percentile(ns, 95),
                    percentile(ns, 99),
                    ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6,
                    errors.get(kind).get());
        }
        System.out.printf(
                Locale.ROOT,
                "all      %9d %9.1f requests/s, %.1f MB answered%n",
                total,
                total / (double) seconds,
                bytes.get() / 1e6);
        return answered;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Heap from the server's GC log over the measured part: most in use before a collection, most live after. */
    private static void heap(Path gcLog, long skipLines) throws IOException {
        Pattern pause = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long before = 0;
        long after = 0;
        long collections = 0;
        List<String> lines = Files.readAllLines(gcLog);
        for (String line : lines.subList((int) Math.min(skipLines, lines.size()), lines.size())) {
            Matcher m = pause.matcher(line);
            if (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
                collections++;
            }
        }
        System.out.printf(
                "server heap: at most %d MB in use before a collection, at most %d MB live after one (%d collections)%n",
                before, after, collections);
    }

    private static long gcLines(Path gcLog) throws IOException {
        return Files.isRegularFile(gcLog) ? Files.readAllLines(gcLog).size() : 0;
    }

    private static List<String> areaCodes(Path dataDir) throws Exception {
        ReleaseLayout layout = new ReleaseLayout(dataDir);
        Path open = layout.release(layout.latestId().orElseThrow()).resolve(ReleaseLayout.OPEN);
        return ObservatoryRun.queryFile(open, "SELECT code FROM areas ORDER BY code");
    }
}
