package london.observatory.jobs.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Generates (or reuses) the England-scale benchmark input: a synthetic LSOA11/LSOA21 geography in
 * the ONS layouts and a 10.08M-row recorded claimant-count response in Nomis pages.
 *
 * <p>A complete fixture is recognised by {@code fixture.properties}, written last, holding the
 * parameters; any other content in the folder is deleted and regenerated.
 */
public final class EnglandScaleFixture {

    public static final long DEFAULT_SEED = 20_240_601L;
    /** Bump when the generator's output changes, so stale fixtures are regenerated. */
    static final String GENERATOR_VERSION = "2";

    /** What {@link #generate} produced or found. */
    public record Fixture(
            FixturePaths paths,
            long rows,
            long missingRows,
            long claimantBytes,
            int pages,
            double seconds,
            boolean reused) {}

    private EnglandScaleFixture() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Fixture f = generate(dir, seed);
        System.out.printf(
                "%s fixture in %s: %,d rows (%,d Q) in %d pages, %,d bytes, %.1f s%n",
                f.reused() ? "reused" : "generated",
                f.paths().root(),
                f.rows(),
                f.missingRows(),
                f.pages(),
                f.claimantBytes(),
                f.seconds());
    }

    public static Fixture generate(Path dir, long seed) throws IOException {
        FixturePaths paths = FixturePaths.under(dir);
        Properties expected = parameters(seed);
        Properties found = readMarker(paths.marker());
        if (found != null
                && expected.entrySet().stream().allMatch(e -> e.getValue().equals(found.get(e.getKey())))) {
            return new Fixture(
                    paths,
                    Long.parseLong(found.getProperty("rows")),
                    Long.parseLong(found.getProperty("missingRows")),
                    Long.parseLong(found.getProperty("bytes")),
                    Integer.parseInt(found.getProperty("pages")),
                    0,
                    true);
        }
        deleteContents(paths.root());
        long start = System.nanoTime();
        GeographyFiles.write(SyntheticGeography.build(seed), paths);
        ClaimantCountPages.Stats stats = new ClaimantCountPages(seed).writeAll(paths.claimantCountDir());
        double seconds = (System.nanoTime() - start) / 1e9;

        expected.setProperty("rows", Long.toString(stats.rows()));
        expected.setProperty("missingRows", Long.toString(stats.missingRows()));
        expected.setProperty("bytes", Long.toString(stats.bytes()));
        expected.setProperty("pages", Integer.toString(stats.pages()));
        try (Writer out = Files.newBufferedWriter(paths.marker())) {
            expected.store(out, "England-scale benchmark fixture; delete to regenerate");
        }
        return new Fixture(paths, stats.rows(), stats.missingRows(), stats.bytes(), stats.pages(), seconds, false);
    }

    private static Properties parameters(long seed) {
        Properties p = new Properties();
        p.setProperty("generator", GENERATOR_VERSION);
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("months", Integer.toString(ClaimantCountPages.MONTHS));
        p.setProperty("lsoa11", Integer.toString(SyntheticGeography.LSOA11_COUNT));
        p.setProperty("pageSize", Integer.toString(ClaimantCountPages.PAGE_SIZE));
        return p;
    }

    private static Properties readMarker(Path marker) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(marker)) {
            p.load(in);
        }
        return p;
    }

    private static void deleteContents(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder())
                        .filter(p -> !p.equals(root))
                        .toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root);
    }
}
