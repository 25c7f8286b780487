package london.observatory.jobs.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.geography.postcode.PostcodeResolver;

/**
 * Postcode → LSOA 2021 at London scale: loads a synthetic NSPL-layout directory of ~330,000 London postcodes
 * over 4,994 LSOAs (plus postcodes elsewhere and pseudo rows), then resolves 1,000,000 records written the
 * way borough files write postcodes (any case, no space, double space, punctuation; some unknown, some not
 * postcodes at all) on two threads sharing one directory, resolver and reconciliation, as a feed run would.
 *
 * <p>Usage: {@code PostcodeLookupBenchmark [benchDir=target/bench] [records=1000000] [threads=2]}. The directory
 * is written once to {@code <benchDir>/postcodes/} (fixed seed; its name carries seed and size) and reused.
 * Records are generated before timing, so their strings count in the resolve phase's heap but not its time.
 */
public final class PostcodeLookupBenchmark {

    public static final long SEED = 20_250_601L;
    public static final int LONDON_POSTCODES = 330_000;
    public static final int LSOAS = 4_994;
    public static final int ELSEWHERE_POSTCODES = 40_000;
    public static final int PSEUDO_POSTCODES = 2_000;
    /** One London postcode in twelve is terminated (roughly the NSPL's share). */
    private static final int TERMINATED_ONE_IN = 12;

    private static final String HEADER = "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,"
            + "ced,laua,ward,nhser,ctry,rgn,pcon,ttwa,itl,park,lsoa21,msoa21,wz11,sicbl,bua24,ruc21,oac11,lat,long,"
            + "lep1,lep2,pfa,imd,icb";
    private static final String[] LONDON_AREAS = {
        "E", "EC", "N", "NW", "SE", "SW", "W", "WC", "BR", "CR", "DA", "EN", "HA", "IG", "KT", "RM", "SM", "TW", "UB"
    };
    private static final String[] OTHER_AREAS = {"M", "B", "LS", "L", "BS", "NE", "CF", "G", "EH", "OX", "CB"};
    private static final String UNIT = "ABDEFGHJLNPQRSTUWXYZ";

    /** What one run measured. Heap figures come from {@link PeakHeap}; {@code directoryBytes} is the live-heap growth. */
    public record Result(
            Path directoryFile,
            long directoryRows,
            double loadSeconds,
            long loadPeakHeapBytes,
            long loadLiveHeapBytes,
            long directoryBytes,
            int records,
            int threads,
            double resolveSeconds,
            long resolvePeakHeapBytes,
            long resolveLiveHeapBytes,
            PostcodeDirectory.Counts counts,
            Reconciliation reconciliation) {

        public double recordsPerSecond() {
            return records / resolveSeconds;
        }
    }

    /** The synthetic directory's postcodes, kept so records can be drawn from them. */
    private record Directory(
            Path file, List<String> london, List<String> elsewhere, List<String> pseudo, Set<String> lsoas) {}

    private PostcodeLookupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args.length > 0 ? args[0] : "target/bench")
                .toAbsolutePath()
                .normalize();
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        print(run(benchDir, records, threads));
    }

    /** Generates (or reuses) the directory under {@code <benchDir>/postcodes/}, loads it, resolves {@code records}. */
    public static Result run(Path benchDir, int records, int threads) throws Exception {
        Directory generated = generate(benchDir.resolve("postcodes"));

        long baseline = liveHeapNow();
        PeakHeap.reset();
        long start = System.nanoTime();
        PostcodeDirectory directory = PostcodeDirectory.load(generated.file(), generated.lsoas()::contains);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long loadPeak = PeakHeap.bytes();
        long loadLive = PeakHeap.liveBytes();
        long directoryBytes = liveHeapNow() - baseline;

        String[] input = records(generated, records, new SplittableRandom(SEED + 1));
        PostcodeResolver resolver = new PostcodeResolver(directory);
        resolveAll(resolver, input, Math.min(records, 200_000), threads, new Reconciliation("warm-up"));

        Reconciliation reconciliation = new Reconciliation("postcode");
        PeakHeap.reset();
        start = System.nanoTime();
        resolveAll(resolver, input, input.length, threads, reconciliation);
        double resolveSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                generated.file(),
                directory.counts().rows(),
                loadSeconds,
                loadPeak,
                loadLive,
                directoryBytes,
                records,
                threads,
                resolveSeconds,
                PeakHeap.bytes(),
                PeakHeap.liveBytes(),
                directory.counts(),
                reconciliation);
    }

    /** The first {@code count} records, split evenly over {@code threads} workers sharing one reconciliation. */
    private static void resolveAll(
            PostcodeResolver resolver, String[] input, int count, int threads, Reconciliation reconciliation)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) count * t / threads);
                int to = (int) ((long) count * (t + 1) / threads);
                work.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        resolver.resolve(input[i], 1.0, reconciliation);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Writes the directory once; a complete file (moved into place last) is reused. */
    static Directory generate(Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> used = new HashSet<>();
        List<String> london = postcodes(LONDON_AREAS, LONDON_POSTCODES, random, used);
        List<String> elsewhere = postcodes(OTHER_AREAS, ELSEWHERE_POSTCODES, random, used);
        List<String> pseudo = postcodes(new String[] {"GY", "JE", "IM"}, PSEUDO_POSTCODES, random, used);
        Set<String> lsoas = new HashSet<>();
        for (int i = 0; i < LSOAS; i++) {
            lsoas.add(lsoa(i));
        }
        Path file = dir.resolve("nspl-london-" + LONDON_POSTCODES + "-seed" + SEED + ".csv");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            Path partial = dir.resolve(file.getFileName() + ".partial");
            write(partial, london, elsewhere, pseudo, random);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Directory(file, london, elsewhere, pseudo, lsoas);
    }

    private static String lsoa(int i) {
        return String.format("E01%06d", 100_001 + i);
    }

    private static List<String> postcodes(String[] areas, int count, SplittableRandom random, Set<String> used) {
        List<String> postcodes = new ArrayList<>(count);
        while (postcodes.size() < count) {
            String pcds = areas[random.nextInt(areas.length)] + (1 + random.nextInt(28)) + " " + random.nextInt(10)
                    + UNIT.charAt(random.nextInt(UNIT.length())) + UNIT.charAt(random.nextInt(UNIT.length()));
            if (used.add(pcds)) {
                postcodes.add(pcds);
            }
        }
        return postcodes;
    }

    private static void write(
            Path file, List<String> london, List<String> elsewhere, List<String> pseudo, SplittableRandom random)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            for (int i = 0; i < london.size(); i++) {
                String doterm = i % TERMINATED_ONE_IN == 0 ? "201806" : "";
                row(
                        out,
                        london.get(i),
                        doterm,
                        "E09000" + String.format("%03d", 1 + i % 33),
                        lsoa(random.nextInt(LSOAS)),
                        "E12000007");
            }
            for (int i = 0; i < elsewhere.size(); i++) {
                row(
                        out,
                        elsewhere.get(i),
                        "",
                        "E08000003",
                        String.format("E01%06d", 200_001 + i % 20_000),
                        "E12000002");
            }
            for (String p : pseudo) {
                row(out, p, "", "L99999999", "L99999999", "L99999999");
            }
        }
    }

    private static void row(Writer out, String pcds, String doterm, String laua, String lsoa21, String rgn)
            throws IOException {
        String[] parts = pcds.split(" ");
        out.write('"' + String.format("%-4s%s", parts[0], parts[1]) + "\",\""
                + String.format("%-4s %s", parts[0], parts[1]) + "\",\"" + pcds + "\",\"198001\",\"" + doterm
                + "\",\"0\",\"530000\",\"180000\",\"1\","
                + "\"\",\"\",\"\",\"" + laua + "\",\"\",\"\",\"E92000001\",\"" + rgn + "\",\"\",\"\",\"\",\"\",\""
                + lsoa21 + "\",\"\",\"\",\"\",\"\",\"\",\"\",51.500000,-0.120000,\"\",\"\",\"\",\"\",\"\"\r\n");
    }

    /**
     * Records as borough files hold them: 94% London postcodes, 2% elsewhere, 1% pseudo, 1.5% unknown, 1.5%
     * not postcodes; each written one of six ways.
     */
    static String[] records(Directory d, int count, SplittableRandom random) {
        String[] records = new String[count];
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(1000);
            String pcds;
            if (kind < 940) {
                pcds = d.london().get(random.nextInt(d.london().size()));
            } else if (kind < 960) {
                pcds = d.elsewhere().get(random.nextInt(d.elsewhere().size()));
            } else if (kind < 970) {
                pcds = d.pseudo().get(random.nextInt(d.pseudo().size()));
            } else if (kind < 985) {
                pcds = "ZZ" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + "AA"; // well formed, unknown
            } else {
                records[i] = random.nextBoolean() ? "n/a" : "FLAT " + random.nextInt(100);
                continue;
            }
            records[i] = spell(pcds, random.nextInt(6));
        }
        return records;
    }

    private static String spell(String pcds, int way) {
        return switch (way) {
            case 0 -> pcds;
            case 1 -> pcds.toLowerCase();
            case 2 -> pcds.replace(" ", "");
            case 3 -> pcds.replace(" ", "  ");
            case 4 -> pcds.toLowerCase().replace(' ', '-');
            default -> " " + pcds + ". ";
        };
    }

    private static long liveHeapNow() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static void print(Result r) {
        System.out.printf("directory          %s%n", r.directoryFile());
        System.out.printf(
                "directory rows     %,d (on spine %,d of which terminated %,d; pseudo %,d; outside London "
                        + "%,d; unreadable %,d)%n",
                r.directoryRows(),
                r.counts().onSpine(),
                r.counts().terminated(),
                r.counts().pseudo(),
                r.counts().outsideLondon(),
                r.counts().unreadable());
        System.out.printf(
                "load               %.2f s (%,.0f rows/s), peak heap %,d MB, peak live %,d MB, "
                        + "directory retains ~%,d MB%n",
                r.loadSeconds(),
                r.directoryRows() / r.loadSeconds(),
                mb(r.loadPeakHeapBytes()),
                mb(r.loadLiveHeapBytes()),
                mb(r.directoryBytes()));
        System.out.printf(
                "resolve            %,d records on %d threads in %.2f s = %,.0f records/s, peak heap %,d MB, "
                        + "peak live %,d MB%n",
                r.records(),
                r.threads(),
                r.resolveSeconds(),
                r.recordsPerSecond(),
                mb(r.resolvePeakHeapBytes()),
                mb(r.resolveLiveHeapBytes()));
        Reconciliation rec = r.reconciliation();
        System.out.printf(
                "reconciliation     in %,d, matched %,d (terminated %,d), invalid %,d, unknown %,d, pseudo %,d, "
                        + "outside London %,d%n",
                rec.recordsIn(),
                rec.recordsMatched(),
                rec.noted(PostcodeResolver.TERMINATED_POSTCODE),
                rec.unmatched(Reconciliation.INVALID),
                rec.unmatched(Reconciliation.UNKNOWN_CODE),
                rec.unmatched(Reconciliation.PSEUDO_CODE),
                rec.unmatched(Reconciliation.OUTSIDE_LONDON));
        for (Reconciliation.Line line : rec.lines()) {
            System.out.printf(
                    "  %-9s %-20s %,10d %s%n",
                    line.status(),
                    line.reason() == null ? "" : line.reason(),
                    line.records(),
                    line.topCodes().stream().limit(3).toList());
        }
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }
}
