package london.observatory.jobs.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import london.observatory.geography.Reconciliation;
import london.observatory.geography.point.BoundaryIndex;
import london.observatory.geography.point.BritishNationalGrid;
import london.observatory.geography.point.GeoJsonBoundaries;
import london.observatory.geography.point.PointLocator;
import org.locationtech.jts.geom.Envelope;

/**
 * Point → LSOA 2021 lookup on the real London boundaries: time to load and index the GeoJSON, then
 * lookups per second for pseudo-random points, half as WGS84 lat/lon and half as British National Grid
 * references, on several threads sharing one locator and one {@link Reconciliation}, as a feed would.
 *
 * <p>Usage: {@code PointLookupBenchmark [boundaries=../data-samples/london/boundaries/london_lsoa21_bgc.geojson]
 * [points=1000000] [threads=2]}, run from {@code jobs/}. The points are the same for any thread count: they
 * come in fixed chunks, each from its own seeded generator; 90% fall in London's bounding box (of which
 * the part outside London's outline gives "outside-london"), 10% in a wider box (half a degree more all
 * round for lat/lon, 35 km for grid references). With the boundaries loaded, measured at -Xmx512m on a
 * shared 2-core machine (load average ~3.8 from other work): load 1.0-1.3 s, 250,000-370,000 lookups/s
 * whether on 1 or 2 threads, 53% matched; every lookup also takes the shared Reconciliation's lock.
 */
public final class PointLookupBenchmark {

    static final String DEFAULT_BOUNDARIES = "../data-samples/london/boundaries/london_lsoa21_bgc.geojson";
    static final long SEED = 20_240_521L;
    private static final int CHUNK = 10_000;
    private static final double MARGIN_DEGREES = 0.5;

    /** What one run measured; heap figures as {@link PeakHeap} reports them. */
    public record Result(
            int areas,
            double loadSeconds,
            long loadPeakHeapBytes,
            long points,
            int threads,
            double lookupSeconds,
            long matched,
            long outsideLondon,
            long invalid,
            long lookupPeakHeapBytes,
            long lookupLiveHeapBytes) {

        public double recordsPerSecond() {
            return lookupSeconds > 0 ? points / lookupSeconds : 0;
        }
    }

    private PointLookupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path boundaries = Path.of(args.length > 0 ? args[0] : DEFAULT_BOUNDARIES)
                .toAbsolutePath()
                .normalize();
        long points = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        print(boundaries, run(boundaries, points, threads));
    }

    /** Loads {@code boundaries}, then locates {@code points} points on {@code threads} threads. */
    static Result run(Path boundaries, long points, int threads) throws Exception {
        PeakHeap.reset();
        long start = System.nanoTime();
        PointLocator locator = new PointLocator(new BoundaryIndex(GeoJsonBoundaries.read(boundaries)));
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long loadPeak = PeakHeap.bytes();

        Box lonLat = Box.around(locator.index().extent());
        Box grid = lonLat.onGrid(new BritishNationalGrid());
        Reconciliation reconciliation = new Reconciliation("benchmark-point");
        PeakHeap.reset();
        start = System.nanoTime();
        lookUp(locator, lonLat, grid, points, threads, reconciliation);
        double lookupSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                locator.index().size(),
                loadSeconds,
                loadPeak,
                points,
                threads,
                lookupSeconds,
                reconciliation.recordsMatched(),
                reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON),
                reconciliation.unmatched(Reconciliation.INVALID),
                PeakHeap.bytes(),
                PeakHeap.liveBytes());
    }

    private static void lookUp(
            PointLocator locator, Box lonLat, Box grid, long points, int threads, Reconciliation reconciliation)
            throws Exception {
        int chunks = (int) ((points + CHUNK - 1) / CHUNK);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                        long size = Math.min(CHUNK, points - (long) chunk * CHUNK);
                        lookUpChunk(locator, lonLat, grid, new SplittableRandom(SEED + chunk), size, reconciliation);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Alternates lat/lon and grid points; one in ten falls in the wider box around London. */
    private static void lookUpChunk(
            PointLocator locator,
            Box lonLat,
            Box grid,
            SplittableRandom random,
            long size,
            Reconciliation reconciliation) {
        for (long i = 0; i < size; i++) {
            boolean wide = random.nextInt(10) == 0;
            if (i % 2 == 0) {
                Box box = wide ? lonLat.widened(MARGIN_DEGREES) : lonLat;
                locator.locateLatLon(box.y(random), box.x(random), 1.0, reconciliation);
            } else {
                Box box = wide ? grid.widened(MARGIN_DEGREES * 70_000) : grid;
                locator.locateBng(box.x(random), box.y(random), 1.0, reconciliation);
            }
        }
    }

    /** An axis-aligned box: lon (x) / lat (y) in degrees, or easting (x) / northing (y) in metres. */
    private record Box(double minX, double maxX, double minY, double maxY) {

        static Box around(Envelope e) {
            return new Box(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
        }

        /** The grid box spanned by this lon/lat box's corners. */
        Box onGrid(BritishNationalGrid grid) {
            Envelope box = new Envelope();
            for (double lon : new double[] {minX, maxX}) {
                for (double lat : new double[] {minY, maxY}) {
                    BritishNationalGrid.EastingNorthing en = grid.toGrid(lat, lon);
                    box.expandToInclude(en.easting(), en.northing());
                }
            }
            return around(box);
        }

        Box widened(double by) {
            return new Box(minX - by, maxX + by, minY - by, maxY + by);
        }

        double x(SplittableRandom random) {
            return minX + random.nextDouble() * (maxX - minX);
        }

        double y(SplittableRandom random) {
            return minY + random.nextDouble() * (maxY - minY);
        }
    }

    private static void print(Path boundaries, Result r) {
        System.out.printf("boundaries           %s%n", boundaries);
        System.out.printf(
                "load + index         %,d areas in %.2f s, peak heap %,d MB (cap %,d MB)%n",
                r.areas(),
                r.loadSeconds(),
                r.loadPeakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                "lookup               %,d points (half lat/lon, half BNG) on %d threads in %.2f s%n",
                r.points(), r.threads(), r.lookupSeconds());
        System.out.printf("lookup records/s     %,.0f%n", r.recordsPerSecond());
        System.out.printf(
                "matched              %,d; unmatched: outside-london %,d, invalid %,d%n",
                r.matched(), r.outsideLondon(), r.invalid());
        System.out.printf(
                "lookup peak heap     %,d MB in use, %,d MB live after GC%n",
                r.lookupPeakHeapBytes() >> 20, r.lookupLiveHeapBytes() >> 20);
    }
}
