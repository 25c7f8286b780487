package london.observatory.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.postcode.PostcodeDirectory;

/**
 * Search latency, warm, on one thread, in the repo's benchmark style (a main class in the test tree, run by hand,
 * never by {@code verify}). Two indexes are built on disk, as publishing builds them, and opened as readers open
 * them:
 *
 * <ol>
 *   <li>London: every shipped indicator and the real London geography, searched with the relevance set's queries;
 *   <li>England-sized: the same plus about 50,000 generated areas and 1,000 generated indicators
 *       ({@link EnglandSizedEntries}), searched with the relevance set's queries and, to load the spelling
 *       search on a large vocabulary, each generated borough's name as typed and misspelt.
 * </ol>
 *
 * For each: build time, index size on disk, then each query {@value #ROUNDS} times after {@value #WARM_UP} warm-up
 * rounds, and the p50 / p95 / p99 / max of single searches (limit 10).
 *
 * <p>Usage: {@code SearchBenchmark [benchDir=target/bench/search]}; the repository root is found upwards from the
 * working directory (its {@code data-samples/london}).
 */
public final class SearchBenchmark {

    static final int WARM_UP = 30;
    static final int ROUNDS = 50;
    static final long SEED = 20_261_207L;

    private SearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        useRepositoryRoot();
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench/search")
                .toAbsolutePath()
                .normalize();
        Geography london = RealLondonData.realLondon();
        List<IndicatorEntry> indicators = IndicatorEntry.all(FeedCatalog.load(Map.of()));
        List<AreaEntry> areas = AreaEntry.all(london);
        var postcodes = PostcodeLookup.of(PostcodeDirectory.load(LondonSearch.postcodes(), london));
        List<String> relevance = new ArrayList<>();
        for (SearchRelevanceTest.Judgement j : SearchRelevanceTest.judgements()) {
            relevance.add(j.query());
        }

        run("London", benchDir.resolve("london"), indicators, areas, postcodes, relevance);

        List<AreaEntry> generatedAreas = EnglandSizedEntries.areas(300, 23, 27, 5, SEED);
        List<IndicatorEntry> generatedIndicators = EnglandSizedEntries.indicators(1_000, SEED);
        List<AreaEntry> england = new ArrayList<>(areas);
        england.addAll(generatedAreas);
        List<IndicatorEntry> englandIndicators = new ArrayList<>(indicators);
        englandIndicators.addAll(generatedIndicators);
        List<String> englandQueries = new ArrayList<>(relevance);
        generatedAreas.stream().filter(a -> a.level().equals("lad")).forEach(a -> {
            englandQueries.add("unemployment " + a.name());
            englandQueries.add(misspelt(a.name()) + " debt");
        });
        System.out.printf("generated: %,d areas, %,d indicators%n", generatedAreas.size(), generatedIndicators.size());
        run("England-sized", benchDir.resolve("england"), englandIndicators, england, postcodes, englandQueries);
    }

    private static void run(
            String name,
            Path dir,
            List<IndicatorEntry> indicators,
            List<AreaEntry> areas,
            java.util.function.Function<String, java.util.Optional<String>> postcodes,
            List<String> queries)
            throws IOException {
        long start = System.nanoTime();
        SearchIndex.Built built = SearchIndex.build(dir, indicators, areas);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%n%s index: %,d indicators, %,d areas; built in %.2f s, %.1f MB on disk (%s)%n",
                name, built.indicators(), built.areas(), buildSeconds, built.bytes() / 1e6, dir);

        start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir, postcodes)) {
            System.out.printf("opened in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            System.out.printf("relevance set on this index: %s%n", relevance(index));
            long[] nanos = new long[queries.size() * ROUNDS];
            long[] perQuery = new long[queries.size()];
            int n = 0;
            long results = 0;
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                for (int q = 0; q < queries.size(); q++) {
                    long t = System.nanoTime();
                    results += index.search(queries.get(q), SearchRequest.DEFAULT_LIMIT)
                            .results()
                            .size();
                    long took = System.nanoTime() - t;
                    if (round >= WARM_UP) {
                        nanos[n++] = took;
                        perQuery[q] += took;
                    }
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%,d queries x %d rounds (after %d warm-up rounds): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms; %,.0f searches/s on one thread (%,d results)%n",
                    queries.size(),
                    ROUNDS,
                    WARM_UP,
                    percentile(nanos, 50),
                    percentile(nanos, 95),
                    percentile(nanos, 99),
                    nanos[nanos.length - 1] / 1e6,
                    nanos.length / (Arrays.stream(nanos).sum() / 1e9),
                    results);
            System.out.print("slowest (mean):");
            java.util.stream.IntStream.range(0, queries.size())
                    .boxed()
                    .sorted((a, b) -> Long.compare(perQuery[b], perQuery[a]))
                    .limit(5)
                    .forEach(q -> System.out.printf(" \"%s\" %.2f ms;", queries.get(q), perQuery[q] / 1e6 / ROUNDS));
            System.out.println();
        }
    }

    /** How many relevance queries have every expected result in the top 3 of this index. */
    private static String relevance(SearchIndex index) throws IOException {
        List<SearchRelevanceTest.Judgement> judgements = SearchRelevanceTest.judgements();
        List<String> misses = new ArrayList<>();
        for (SearchRelevanceTest.Judgement judgement : judgements) {
            List<String> top = index.search(judgement.query(), 3).results().stream()
                    .map(r -> r.kind().code() + ":" + r.id())
                    .toList();
            if (!judgement.missing(top).isEmpty()) {
                misses.add(judgement.query());
            }
        }
        return (judgements.size() - misses.size()) + " of " + judgements.size() + " pass"
                + (misses.isEmpty() ? "" : ", misses: " + misses);
    }

    private static double percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** The name with one letter dropped from the middle, as people mistype it. */
    private static String misspelt(String name) {
        int i = name.length() / 2;
        return name.substring(0, i) + name.substring(i + 1);
    }

    /** Sets {@code observatory.repo.root} (what the tests' file helpers read) to the checkout above here. */
    private static void useRepositoryRoot() {
        if (System.getProperty("observatory.repo.root") != null) {
            return;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data-samples/london"))) {
                System.setProperty("observatory.repo.root", dir.toString());
                return;
            }
        }
        throw new IllegalStateException("run from inside the repository: no data-samples/london above "
                + Path.of("").toAbsolutePath());
    }
}
